package org.resolute.planning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.Notice;
import org.resolute.planning.domain.Plan;
import org.resolute.planning.domain.PlanResult;
import org.resolute.planning.domain.PlanStateConflict;
import org.resolute.planning.domain.PlanStatus;
import org.resolute.planning.domain.Plans;

/**
 * One plan: its summary first (live while it solves), then its requirements left short or its teams, one list at
 * a time, filtered and paged; the planner applies or stops it here.
 */
@Controller
@PreAuthorize(Roles.MISSION_STAFF)
class PlanPage {

    private final Plans plans;
    private final PlanLists lists;
    private final Clock clock;

    PlanPage(Plans plans, PlanLists lists, Clock clock) {
        this.plans = plans;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * @param show which list: the requirements left short ({@code unmet}, the default) or the teams
     * @param search words to look for in the list's requirements, places and nations
     */
    @GetMapping("/planning/{id}")
    String plan(@PathVariable UUID id, @RequestParam(defaultValue = "unmet") String show,
            @RequestParam(defaultValue = "") String search, @RequestParam(required = false) Integer priority,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Plan plan = plans.get(id);
        PlanResult result = plans.result(id).orElse(null);
        boolean teams = "teams".equals(show);
        model.addAttribute("plan", plan);
        model.addAttribute("elapsedMs", elapsed(plan));
        model.addAttribute("result", result);
        model.addAttribute("show", teams ? "teams" : "unmet");
        model.addAttribute("search", search);
        model.addAttribute("priority", priority);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", PlanLists.OUTCOMES);
        if (result != null) {
            model.addAttribute("rows", teams ? lists.teams(result, search, outcome, page)
                    : lists.unmet(result, search, priority, page));
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "planning/plan";
    }

    /**
     * The summary alone, which the plan page polls while the plan solves; once the plan has finished, htmx
     * reloads the page, which then shows the result's lists.
     */
    @GetMapping("/planning/{id}/progress")
    String progress(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response) {
        Plan plan = plans.get(id);
        if ("true".equals(htmx) && plan.status().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("elapsedMs", elapsed(plan));
        model.addAttribute("result", plans.result(id).orElse(null));
        return "planning/fragments :: summary";
    }

    /** Applies the plan after the planner confirmed it; refused, the page says why next to the date. */
    @PostMapping("/planning/{id}/application")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    String apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String effective,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            plans.apply(id, effective.isBlank() ? null : date(effective));
            redirect.addFlashAttribute("notice", Notice.of("planning.apply.done"));
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("errors", FormErrors.of(refused, request));
        } catch (PlanStateConflict refused) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/planning/" + id;
    }

    @PostMapping("/planning/{id}/stop")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    String stop(@PathVariable UUID id, RedirectAttributes redirect) {
        plans.stop(id);
        redirect.addFlashAttribute("notice", Notice.of("planning.stop.done"));
        return "redirect:/planning/" + id;
    }

    /**
     * The time spent: while solving, since the solve started, so that it moves every second even when the solver
     * finds no better solution for a while (the stored time is that of the last best solution).
     */
    private long elapsed(Plan plan) {
        if (plan.status() != PlanStatus.SOLVING || plan.startedAt() == null) {
            return plan.elapsedMs();
        }
        long running = Duration.between(plan.startedAt(), clock.instant()).toMillis();
        return Math.max(plan.elapsedMs(), Math.min(running, plan.secondsLimit() * 1000L));
    }

    private static LocalDate date(String text) {
        try {
            return InputDates.parse(text, "effective");
        } catch (InvalidInput refused) {
            throw new InvalidInput("effective", "error.date", refused.getMessage());
        }
    }
}
