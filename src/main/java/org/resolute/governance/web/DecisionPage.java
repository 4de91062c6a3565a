package org.resolute.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.funding.FundRegister;
import org.resolute.governance.Decisions;
import org.resolute.governance.EffectKind;
import org.resolute.governance.NewEffect;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeilings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One decision: its meeting, its commitment's history at a glance, and what it changed in other modules. */
@Controller
class DecisionPage {

    private final Decisions decisions;
    private final TroopCeilings ceilings;
    private final Missions missions;

    DecisionPage(Decisions decisions, TroopCeilings ceilings, Missions missions, FundRegister funds) {
        this.funds = funds;
        this.decisions = decisions;
        this.ceilings = ceilings;
        this.missions = missions;
    }

    /** A record of another module that a decision may be linked to, as offered in the form. */
    record Target(EffectKind kind, String id, String label) {
    }

    @GetMapping("/governance/decisions/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", decisions.find(id).orElseThrow(() -> new NotFound("Decision")));
        model.addAttribute("canEdit", Viewers.current().has(Role.ADMIN));
        model.addAttribute("effectKinds", EffectKind.values());
        model.addAttribute("targets", Viewers.current().has(Role.ADMIN) ? targets() : List.of());
        model.addAttribute("funds", Viewers.current().has(Role.ADMIN) ? funds.funds() : List.of());
        return "governance/decision";
    }

    @PostMapping("/governance/decisions/{id}/effects")
    @PreAuthorize("hasRole('ADMIN')")
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String summary, @RequestParam(required = false) EffectKind kind,
            @RequestParam(defaultValue = "") String fund, @RequestParam(defaultValue = "") String throughYear,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            NewEffect effect = !fund.isBlank()
                    ? new NewEffect(EffectKind.FUNDING_HORIZON, fund.trim() + ":" + throughYear.trim(), summary)
                    : target.isBlank() ? new NewEffect(kind, null, summary)
                    : new NewEffect(EffectKind.valueOf(target.substring(0, target.indexOf(':'))),
                            target.substring(target.indexOf(':') + 1), summary);
            decisions.link(id, effect);
            redirect.addFlashAttribute("message", "Linked the decision to what it changed.");
            return "redirect:/governance/decisions/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            return show(id, model);
        }
    }

    private final FundRegister funds;

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        ceilings.all().forEach(ceiling -> targets.add(new Target(EffectKind.TROOP_CEILING, ceiling.id().toString(),
                String.format(Locale.ENGLISH, "Ceiling: %s %,d troops from %s",
                        ceiling.nation().orElse("mission"), ceiling.troops(), ceiling.from()))));
        missions.current().ifPresent(mission -> {
            missions.phasesOf(mission.code()).forEach(phase -> targets.add(new Target(EffectKind.MISSION_PHASE,
                    phase.id().toString(), "Phase: " + phase.name() + " from " + phase.from())));
            missions.instrumentsOf(mission.code()).forEach(instrument -> targets.add(new Target(
                    EffectKind.LEGAL_INSTRUMENT, instrument.id().toString(), "Instrument: " + instrument.title())));
        });
        return targets;
    }
}
