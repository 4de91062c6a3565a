package org.resolute.advising.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
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
@PreAuthorize(Roles.ADVISORS)
class EngagementFormPage {

    private final Engagements engagements;
    private final EngagementChoices choices;

    EngagementFormPage(Engagements engagements, EngagementChoices choices) {
        this.engagements = engagements;
        this.choices = choices;
    }

    @GetMapping("/advising/engagements/new")
    String blank(Model model) {
        return form(model, EngagementForm.empty(), null);
    }

    @PostMapping("/advising/engagements")
    String record(@ModelAttribute EngagementForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            Engagement engagement = engagements.record(form.toInput());
            redirect.addFlashAttribute("notice", Notice.of("advising.engagement.saved", engagement.title()));
            return "redirect:/advising/engagements/" + engagement.id();
        }, () -> form(model, form, null), model, request, response);
    }

    @GetMapping("/advising/engagements/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, EngagementForm.of(engagements.find(id)), id);
    }

    @PostMapping("/advising/engagements/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute EngagementForm form, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            Engagement engagement = engagements.revise(id, form.versionNumber(), form.toInput());
            redirect.addFlashAttribute("notice", Notice.of("advising.engagement.saved", engagement.title()));
            return "redirect:/advising/engagements/" + id;
        }, () -> form(model, form, id), model, request, response);
    }

    private String form(Model model, EngagementForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("engagementId", id);
        model.addAttribute("pageTitle", id == null ? "advising.form.new" : "advising.form.edit");
        model.addAttribute("modes", EngagementMode.values());
        model.addAttribute("atmospheres", Atmosphere.values());
        choices.addTo(model);
        return "advising/engagement-form";
    }
}
