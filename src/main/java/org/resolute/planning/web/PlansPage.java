package org.resolute.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Role;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewers;
import org.resolute.planning.NewPlan;
import org.resolute.planning.Plan;
import org.resolute.planning.PlanKind;
import org.resolute.planning.Plans;

/** The planner's page: start a plan, watch it solve, stop it, compare plans and read why. */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('DONOR_REPRESENTATIVE')")
class PlansPage {

    private final Plans plans;
    private final Clock clock;

    PlansPage(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/planning")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(model, Math.max(page, 0));
    }

    @PostMapping("/planning")
    @PreAuthorize("hasRole('FORCE_PLANNER')")
    String start(@RequestParam(defaultValue = "") String kind, @RequestParam(required = false) Integer troopCeiling,
            @RequestParam(required = false) Integer secondsLimit, @RequestParam(defaultValue = "") String asOf,
            Model model, HttpServletResponse response) {
        try {
            PlanKind parsed = List.of(PlanKind.values()).stream().filter(value -> value.name().equals(kind))
                    .findFirst().orElseThrow(() -> new InvalidInput("kind", "choose an allocation or a drawdown"));
            Plan plan = plans.start(new NewPlan(parsed, troopCeiling, secondsLimit,
                    InputDates.parse(asOf, "asOf")));
            return "redirect:/planning/" + plan.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            return page(model, 0);
        }
    }

    @GetMapping("/planning/{id}")
    String plan(@PathVariable UUID id, Model model) {
        model.addAttribute("plan", plans.get(id));
        model.addAttribute("result", plans.result(id).orElse(null));
        model.addAttribute("canPlan", Viewers.current().has(Role.FORCE_PLANNER));
        model.addAttribute("today", LocalDate.now(clock));
        return "planning/plan";
    }

    /** The progress panel alone, which the plan page polls while the plan solves. */
    @GetMapping("/planning/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("plan", plans.get(id));
        model.addAttribute("canPlan", Viewers.current().has(Role.FORCE_PLANNER));
        return "planning/fragments :: progress";
    }

    /** Applies the plan after the planner confirmed it; a refusal re-renders the plan with the reason. */
    @PostMapping("/planning/{id}/application")
    @PreAuthorize("hasRole('FORCE_PLANNER')")
    String apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String effective, Model model,
            HttpServletResponse response) {
        try {
            plans.apply(id, effective.isBlank() ? null : parse(effective));
            return "redirect:/planning/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("applyError", e.getMessage());
        } catch (StaleUpdate e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("applyError", e.getMessage());
        }
        return plan(id, model);
    }

    @PostMapping("/planning/{id}/stop")
    @PreAuthorize("hasRole('FORCE_PLANNER')")
    String stop(@PathVariable UUID id) {
        plans.stop(id);
        return "redirect:/planning/" + id;
    }

    /** Plans side by side with the posture they start from. */
    @GetMapping("/planning/compare")
    String compare(@RequestParam(name = "plan", defaultValue = "") List<UUID> ids, Model model) {
        model.addAttribute("plans", ids.stream().distinct().map(plans::get).toList());
        return "planning/compare";
    }

    private static LocalDate parse(String date) {
        return InputDates.parse(date, "effective");
    }

    private String page(Model model, int page) {
        model.addAttribute("plans", plans.search(new PageQuery(page, 20, "")));
        model.addAttribute("canPlan", Viewers.current().has(Role.FORCE_PLANNER));
        model.addAttribute("kinds", PlanKind.values());
        return "planning/plans";
    }
}
