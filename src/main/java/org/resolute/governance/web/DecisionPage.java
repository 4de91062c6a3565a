package org.resolute.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.resolute.funding.Funds;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.EffectKind;
import org.resolute.governance.domain.NewEffect;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Access;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.context.MessageSource;
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

    private final DecisionBook decisions;
    private final TroopCeilings ceilings;
    private final Missions missions;
    private final Funds funds;
    private final Nations nations;
    private final MessageSource messages;
    private final Access access;

    DecisionPage(DecisionBook decisions, TroopCeilings ceilings, Missions missions, Funds funds, Nations nations,
            MessageSource messages, Access access) {
        this.decisions = decisions;
        this.ceilings = ceilings;
        this.missions = missions;
        this.funds = funds;
        this.nations = nations;
        this.messages = messages;
        this.access = access;
    }

    /** A record of another module that a decision may be linked to, as offered in the form, named in words. */
    record Target(EffectKind kind, String id, String label) {
    }

    @GetMapping("/governance/decisions/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", decisions.find(id).orElseThrow(() -> new NotFound("Decision")));
        boolean admin = access.allows("ADMINISTRATORS");
        model.addAttribute("canEdit", admin);
        model.addAttribute("effectKinds", EffectKind.values());
        model.addAttribute("targets", admin ? targets() : List.of());
        model.addAttribute("funds", admin ? funds.funds() : List.of());
        return "governance/decision";
    }

    /** Links what the decision changed; a refused link goes back to the decision with the error by its field. */
    @PostMapping("/governance/decisions/{id}/effects")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String summary, @RequestParam(required = false) EffectKind kind,
            @RequestParam(defaultValue = "") String fund, @RequestParam(defaultValue = "") String throughYear,
            RedirectAttributes redirect) {
        NewEffect effect = !fund.isBlank()
                ? new NewEffect(EffectKind.FUNDING_HORIZON, fund.trim() + ":" + throughYear.trim(), summary)
                : target.isBlank() ? new NewEffect(kind, null, summary) : targeted(target, summary);
        decisions.link(id, effect);
        redirect.addFlashAttribute("notice", Notice.of("governance.effect.linked"));
        return "redirect:/governance/decisions/" + id;
    }

    /** A target as the form sends it, KIND:id. */
    private static NewEffect targeted(String target, String summary) {
        int colon = target.indexOf(':');
        try {
            return new NewEffect(EffectKind.valueOf(target.substring(0, Math.max(colon, 0))),
                    target.substring(colon + 1), summary);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("recordRef", "governance.error.target", "Choose one of the records offered");
        }
    }

    private List<Target> targets() {
        Formats words = Formats.forReader(messages);
        List<Target> targets = new ArrayList<>();
        ceilings.all().forEach(ceiling -> targets.add(new Target(EffectKind.TROOP_CEILING, ceiling.id().toString(),
                ceiling(ceiling, words))));
        missions.current().ifPresent(mission -> {
            missions.phasesOf(mission.code()).forEach(phase -> targets.add(new Target(EffectKind.MISSION_PHASE,
                    phase.id().toString(), words.message("governance.target.phase", phase.name(),
                            words.date(phase.from())))));
            missions.instrumentsOf(mission.code()).forEach(instrument -> targets.add(new Target(
                    EffectKind.LEGAL_INSTRUMENT, instrument.id().toString(),
                    words.message("governance.target.instrument", instrument.title()))));
        });
        return targets;
    }

    private String ceiling(TroopCeiling ceiling, Formats words) {
        if (ceiling.kind() == CeilingKind.MISSION || ceiling.nation().isEmpty()) {
            return words.message("governance.target.missionCeiling", words.number(ceiling.troops()),
                    words.date(ceiling.from()));
        }
        String nation = ceiling.nation().get();
        return words.message("governance.target.nationalCap", nations.find(nation).map(Nation::name).orElse(nation),
                words.number(ceiling.troops()), words.date(ceiling.from()));
    }
}
