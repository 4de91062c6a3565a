package org.resolute.governance.web;

import java.util.List;

import org.resolute.governance.DecisionEffect;
import org.resolute.governance.Decisions;
import org.resolute.governance.EffectKind;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.Missions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The legal framework register: the mission's legal instruments as the mission module keeps them (read through
 * its API, never copied), each with the decisions recorded here that changed or cited it.
 */
@Controller
class LegalFrameworkPage {

    private final Missions missions;
    private final Decisions decisions;

    LegalFrameworkPage(Missions missions, Decisions decisions) {
        this.missions = missions;
        this.decisions = decisions;
    }

    /** An instrument and the decisions linked to it. */
    record Entry(LegalInstrument instrument, List<DecisionEffect> decisions) {
    }

    @GetMapping("/governance/legal")
    String register(Model model) {
        model.addAttribute("mission", missions.current().orElse(null));
        model.addAttribute("entries", missions.current().stream()
                .flatMap(mission -> missions.instrumentsOf(mission.code()).stream())
                .map(instrument -> new Entry(instrument, decisions.effectsOn(EffectKind.LEGAL_INSTRUMENT,
                        instrument.id().toString())))
                .toList());
        return "governance/legal";
    }
}
