package org.resolute.governance.web;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.ConditionsReview;
import org.resolute.governance.ConditionsReviews;
import org.resolute.governance.Decisions;
import org.resolute.governance.GovernanceFilter;
import org.resolute.governance.IndicatorKind;
import org.resolute.governance.Meetings;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The conditions reviews with their indicators at the time, and the form for a new one. */
@Controller
class ReviewsPage {

    private final ConditionsReviews reviews;
    private final Meetings meetings;
    private final Decisions decisions;

    ReviewsPage(ConditionsReviews reviews, Meetings meetings, Decisions decisions) {
        this.reviews = reviews;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @GetMapping("/governance/reviews")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReviewForm());
        }
        return page(model);
    }

    @PostMapping("/governance/reviews")
    @PreAuthorize("hasRole('ADMIN')")
    String record(@ModelAttribute("form") ReviewForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ConditionsReview review = reviews.record(form.toNewReview());
            redirect.addFlashAttribute("message", "Recorded the review '" + review.title() + "'.");
            return "redirect:/governance/reviews";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("reviews", reviews.all());
        boolean admin = Viewers.current().has(Role.ADMIN);
        model.addAttribute("canEdit", admin);
        model.addAttribute("meetings", meetings.list(GovernanceFilter.ALL));
        var visible = decisions.list(GovernanceFilter.ALL);
        model.addAttribute("decisions", visible);
        model.addAttribute("decisionTitles", visible.stream().collect(java.util.stream.Collectors.toMap(
                org.resolute.governance.Decision::id, org.resolute.governance.Decision::title)));
        model.addAttribute("indicatorKinds", java.util.Arrays.stream(IndicatorKind.values())
                .filter(kind -> kind != IndicatorKind.STRENGTH_AGAINST_CEILING).toList());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("classifications", Classification.values());
        return "governance/reviews";
    }
}
