package org.resolute.governance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.resolute.governance.domain.ConditionsReview;
import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.governance.domain.IndicatorKind;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.governance.domain.ReviewBook;
import org.resolute.kernel.Classification;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Notice;
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

    private final ReviewBook reviews;
    private final MeetingBook meetings;
    private final DecisionBook decisions;

    ReviewsPage(ReviewBook reviews, MeetingBook meetings, DecisionBook decisions) {
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

    /** Records a review; a refused one goes back to the page with the error next to its field, input kept. */
    @PostMapping("/governance/reviews")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String record(@ModelAttribute("form") ReviewForm form, RedirectAttributes redirect) {
        ConditionsReview review = reviews.record(form.toNewReview());
        redirect.addFlashAttribute("notice", Notice.of("governance.review.recorded", review.title()));
        return "redirect:/governance/reviews";
    }

    private String page(Model model) {
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("meetings", meetings.list(GovernanceFilter.ALL));
        List<Decision> visible = decisions.list(GovernanceFilter.ALL);
        model.addAttribute("decisions", visible);
        Map<Object, String> titles = visible.stream().collect(Collectors.toMap(Decision::id, Decision::title));
        model.addAttribute("decisionTitles", titles);
        model.addAttribute("indicatorKinds", Arrays.stream(IndicatorKind.values())
                .filter(kind -> kind != IndicatorKind.STRENGTH_AGAINST_CEILING).toList());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("classifications", Classification.values());
        return "governance/reviews";
    }
}
