package org.resolute.advising.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.Atmosphere;
import org.resolute.advising.Engagement;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.Engagements;
import org.resolute.kernel.InvalidInput;
import org.resolute.mission.Posture;
import org.resolute.reference.Nations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advisor's form to write a new engagement report or change one still in their hands. */
@Controller
@PreAuthorize("hasAnyRole('ADVISOR', 'ADVISING_LEAD')")
class EngagementFormPage {

    private final Engagements engagements;
    private final AdvisingStructure structure;
    private final Posture posture;
    private final Nations nations;

    EngagementFormPage(Engagements engagements, AdvisingStructure structure, Posture posture, Nations nations) {
        this.engagements = engagements;
        this.structure = structure;
        this.posture = posture;
        this.nations = nations;
    }

    @GetMapping("/advising/engagements/new")
    String blank(Model model) {
        return form(model, EngagementForm.empty(), null);
    }

    @PostMapping("/advising/engagements")
    String record(@ModelAttribute EngagementForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Engagement engagement = engagements.record(form.toInput());
            redirect.addFlashAttribute("message", "Saved the report '" + engagement.title() + "' as "
                    + engagement.status() + ".");
            return "redirect:/advising/engagements/" + engagement.id();
        } catch (InvalidInput e) {
            return refused(model, form, null, e, response);
        }
    }

    @GetMapping("/advising/engagements/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, EngagementForm.of(engagements.find(id)), id);
    }

    @PostMapping("/advising/engagements/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute EngagementForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Engagement engagement = engagements.revise(id, form.versionNumber(), form.toInput());
            redirect.addFlashAttribute("message", "Saved the report '" + engagement.title() + "'.");
            return "redirect:/advising/engagements/" + id;
        } catch (InvalidInput e) {
            return refused(model, form, id, e, response);
        }
    }

    private String refused(Model model, EngagementForm form, UUID id, InvalidInput e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fieldError", e);
        return form(model, form, id);
    }

    private String form(Model model, EngagementForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("engagementId", id);
        model.addAttribute("pageTitle", id == null ? "New engagement report" : "Edit engagement report");
        model.addAttribute("commands", posture.commands());
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("pillars", structure.pillars());
        model.addAttribute("modes", EngagementMode.values());
        model.addAttribute("atmospheres", Atmosphere.values());
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(contributor -> contributor.nation()).toList());
        return "advising/engagement-form";
    }
}
