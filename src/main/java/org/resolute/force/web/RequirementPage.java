package org.resolute.force.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirement;
import org.resolute.force.domain.Requirements;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One requirement with its fill and offers, and the planner's form to record an offer against it. */
@Controller
class RequirementPage {

    private final Requirements requirements;
    private final Nations nations;
    private final Clock clock;

    RequirementPage(Requirements requirements, Nations nations, Clock clock) {
        this.requirements = requirements;
        this.nations = nations;
        this.clock = clock;
    }

    @GetMapping("/force/requirements/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("offerForm", OfferForm.empty());
        return show(requirements.get(id), model);
    }

    @PostMapping("/force/requirements/{id}/offers")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String recordOffer(@PathVariable UUID id, @ModelAttribute("offerForm") OfferForm form, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return FormPost.answer(() -> {
            var offer = requirements.recordOffer(id, form.toNew(clock));
            redirect.addFlashAttribute("notice", Notice.of("force.offer.recorded", offer.quantity(),
                    nationName(offer.nation())));
            return "redirect:/force/requirements/" + id;
        }, () -> show(requirements.get(id), model),
                e -> FormErrors.of(OfferForm.FIELDS.contains(e.field()) ? e.field() : "nation", e.wording(), request),
                model, response);
    }

    @PostMapping("/force/requirements/{id}/offers/{offer}/decision")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String decideOffer(@PathVariable UUID id, @PathVariable UUID offer, @RequestParam OfferStatus status,
            RedirectAttributes redirect) {
        try {
            var decided = requirements.decideOffer(id, offer, status);
            redirect.addFlashAttribute("notice", Notice.of(status == OfferStatus.ACCEPTED ? "force.offer.accepted"
                    : "force.offer.withdrawn", decided.quantity(), nationName(decided.nation())));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refusal", e.wording());
        }
        return "redirect:/force/requirements/" + id;
    }

    private String show(Requirement requirement, Model model) {
        model.addAttribute("requirement", requirement);
        model.addAttribute("offers", requirements.offers(requirement.id()));
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(contributor -> contributor.nation()).toList());
        model.addAttribute("statuses", new OfferStatus[] {OfferStatus.OFFERED, OfferStatus.ACCEPTED});
        return "force/requirement";
    }

    private String nationName(String code) {
        return nations.find(code).map(Nation::name).orElse(code);
    }
}
