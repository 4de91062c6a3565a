package org.resolute.advising.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.Assessments;
import org.resolute.advising.CapabilityAssessment;
import org.resolute.advising.CapabilityRating;
import org.resolute.advising.EngagementSearch;
import org.resolute.advising.MarkingText;
import org.resolute.advising.NewAssessment;
import org.resolute.advising.Trend;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Capability assessments: the scale, the ratings with their history and trend, and the form to record one. */
@Controller
class AssessmentsPage {

    private final Assessments assessments;
    private final AdvisingStructure structure;

    AssessmentsPage(Assessments assessments, AdvisingStructure structure) {
        this.assessments = assessments;
        this.structure = structure;
    }

    @GetMapping("/advising/assessments")
    String list(@RequestParam(defaultValue = "") String institution, @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String sort, Model model) {
        return page(model, institution, area, page, sort, Form.empty());
    }

    @PostMapping("/advising/assessments")
    @PreAuthorize("hasAnyRole('ADVISOR', 'ADVISING_LEAD')")
    String record(@ModelAttribute Form form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CapabilityAssessment stored = assessments.record(form.toNew());
            redirect.addFlashAttribute("message", "Recorded rating " + stored.rating().label() + " for "
                    + stored.institution() + " in " + stored.area() + ".");
            return "redirect:/advising/assessments?institution=" + stored.institution() + "&area=" + stored.area();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            return page(model, form.institution(), form.area(), 0, "", form);
        }
    }

    private String page(Model model, String institution, String area, int page, String sort, Form form) {
        model.addAttribute("assessments", assessments.search(institution.toUpperCase(java.util.Locale.ROOT),
                area.toUpperCase(java.util.Locale.ROOT), new PageQuery(Math.max(0, page), 25, sort)));
        if (!institution.isBlank() && !area.isBlank()) {
            List<CapabilityAssessment> history = assessments.history(institution, area);
            int n = history.size();
            model.addAttribute("history", history);
            model.addAttribute("trend", n == 0 ? null : Trend.between(n > 1 ? history.get(n - 2).rating() : null,
                    history.get(n - 1).rating()));
        }
        model.addAttribute("institution", institution);
        model.addAttribute("area", area);
        model.addAttribute("form", form);
        model.addAttribute("scale", CapabilityRating.values());
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        return "advising/assessments";
    }

    /** The assessment form; evidence is engagement ids, one per line or separated by commas. */
    record Form(String institution, String area, String rating, String assessedOn, String rationale,
            String evidence, String classification, String releasableTo) {

        static Form empty() {
            return new Form("", "", "3", "", "", "", "MISSION", "");
        }

        NewAssessment toNew() {
            int level;
            try {
                level = Integer.parseInt(rating == null ? "" : rating.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("rating", "choose a rating from 1 to 5");
            }
            List<UUID> ids;
            try {
                ids = evidence == null ? List.of() : Arrays.stream(evidence.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(UUID::fromString).toList();
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("evidence", "evidence must be engagement ids");
            }
            return new NewAssessment(institution, area, level, EngagementSearch.date("assessedOn", assessedOn),
                    rationale, ids, MarkingText.parse(classification, releasableTo));
        }
    }
}
