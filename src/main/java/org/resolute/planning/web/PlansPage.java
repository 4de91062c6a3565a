package org.resolute.planning.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormPost;
import org.resolute.planning.domain.Plan;
import org.resolute.planning.domain.PlanKind;
import org.resolute.planning.domain.Plans;

/** The planner's page: the plans, the form to start one, and plans side by side. */
@Controller
@PreAuthorize(Roles.MISSION_STAFF)
class PlansPage {

    private final Plans plans;

    PlansPage(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/planning")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", PlanForm.empty());
        return page(model, Math.max(page, 0));
    }

    /** Starts a plan; refused, the page shows the form again as sent, the error next to its field. */
    @PostMapping("/planning")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    String start(@ModelAttribute("form") PlanForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return FormPost.answer(() -> {
            Plan plan = plans.start(form.toNewPlan());
            return "redirect:/planning/" + plan.id();
        }, () -> page(model, 0), model, request, response);
    }

    /** Plans side by side with the posture they start from. */
    @GetMapping("/planning/compare")
    String compare(@RequestParam(name = "plan", defaultValue = "") List<UUID> ids, Model model) {
        model.addAttribute("plans", ids.stream().distinct().map(plans::get).toList());
        return "planning/compare";
    }

    private String page(Model model, int page) {
        model.addAttribute("plans", plans.search(new PageQuery(page, 20, "")));
        model.addAttribute("kinds", PlanKind.values());
        return "planning/plans";
    }
}
