package org.resolute.governance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.DecisionKind;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.kernel.Classification;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decisions and commitments, and the form with which an administrator records one. */
@Controller
class DecisionsPage {

    private static final int PAGE_SIZE = 25;

    private final DecisionBook decisions;
    private final MeetingBook meetings;

    DecisionsPage(DecisionBook decisions, MeetingBook meetings) {
        this.decisions = decisions;
        this.meetings = meetings;
    }

    @GetMapping("/governance/decisions")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "decidedOn") String sort, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        FilteredList.page(model, "decisions", request, response, kind, from, until, q,
                new PageQuery(Math.max(page, 0), PAGE_SIZE, sort), decisions::search);
        model.addAttribute("kinds", DecisionKind.values());
        return "governance/decisions";
    }

    @GetMapping("/governance/decisions/new")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String newDecision(Model model) {
        model.addAttribute("form", new DecisionForm());
        return form(model);
    }

    @PostMapping("/governance/decisions/new")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String record(@ModelAttribute("form") DecisionForm form, RedirectAttributes redirect) {
        Decision decision = decisions.record(form.toNewDecision());
        redirect.addFlashAttribute("notice", Notice.of("governance.decision.recorded", decision.title()));
        return "redirect:/governance/decisions/" + decision.id();
    }

    private String form(Model model) {
        model.addAttribute("meetings", meetings.list(GovernanceFilter.ALL));
        model.addAttribute("commitments", decisions.list(GovernanceFilter.ALL).stream()
                .filter(decision -> !decision.isReaffirmation()).toList());
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("classifications", Classification.values());
        return "governance/decision-form";
    }
}
