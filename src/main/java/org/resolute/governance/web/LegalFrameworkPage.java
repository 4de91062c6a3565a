package org.resolute.governance.web;

import java.util.List;

import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.DecisionEffect;
import org.resolute.governance.domain.EffectKind;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Notice;
import org.resolute.mission.InstrumentKind;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.MissionRecord;
import org.resolute.mission.Missions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal framework register: the mission's legal instruments as the mission module keeps them (read through
 * its API, never copied), each with the decisions recorded here that changed or cited it.
 */
@Controller
class LegalFrameworkPage {

    private final Missions missions;
    private final DecisionBook decisions;

    LegalFrameworkPage(Missions missions, DecisionBook decisions) {
        this.missions = missions;
        this.decisions = decisions;
    }

    /** An instrument and the decisions linked to it. */
    record Entry(LegalInstrument instrument, List<DecisionEffect> decisions) {
    }

    @GetMapping("/governance/legal")
    String register(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InstrumentForm.empty());
        }
        return page(model);
    }

    /** An administrator adds a later instrument (a new resolution, an amended SOFA) through the mission's API. */
    @PostMapping("/governance/legal")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String record(@ModelAttribute("form") InstrumentForm form, RedirectAttributes redirect) {
        String mission = missions.current().map(MissionRecord::code).orElseThrow(() -> new InvalidInput("mission",
                "governance.error.noMission", "No mission is recorded yet"));
        LegalInstrument recorded = missions.recordInstrument(form.toNewInstrument(mission));
        redirect.addFlashAttribute("notice", Notice.of("governance.instrument.recorded", recorded.title()));
        return "redirect:/governance/legal";
    }

    private String page(Model model) {
        model.addAttribute("kinds", InstrumentKind.values());
        model.addAttribute("mission", missions.current().orElse(null));
        model.addAttribute("entries", missions.current().stream()
                .flatMap(mission -> missions.instrumentsOf(mission.code()).stream())
                .map(instrument -> new Entry(instrument, decisions.effectsOn(EffectKind.LEGAL_INSTRUMENT,
                        instrument.id().toString())))
                .toList());
        return "governance/legal";
    }
}
