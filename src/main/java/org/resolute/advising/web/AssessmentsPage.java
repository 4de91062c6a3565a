package org.resolute.advising.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.domain.Assessments;
import org.resolute.advising.domain.CapabilityAssessment;
import org.resolute.advising.domain.CapabilityRating;
import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.advising.domain.Engagements;
import org.resolute.advising.domain.NewAssessment;
import org.resolute.advising.domain.StructureBook;
import org.resolute.advising.domain.Trend;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
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

    /** How many of the latest approved engagements the form offers as evidence. */
    private static final int EVIDENCE_OFFERED = 50;

    private final Assessments assessments;
    private final StructureBook structure;
    private final Engagements engagements;
    private final NameBook names;

    AssessmentsPage(Assessments assessments, StructureBook structure, Engagements engagements, NameBook names) {
        this.assessments = assessments;
        this.structure = structure;
        this.engagements = engagements;
        this.names = names;
    }

    @GetMapping("/advising/assessments")
    String list(@RequestParam(defaultValue = "") String institution, @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String sort, Model model) {
        return page(model, institution, area, page, sort, Form.empty(institution, area));
    }

    @PostMapping("/advising/assessments")
    @PreAuthorize(Roles.ADVISORS)
    String record(@ModelAttribute Form form, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            CapabilityAssessment stored = assessments.record(form.toNew());
            Names named = names.names();
            redirect.addFlashAttribute("notice", Notice.of("advising.assessments.recorded", stored.rating().level(),
                    named.institution(stored.institution()), named.area(stored.area())));
            return "redirect:/advising/assessments?institution=" + stored.institution() + "&area=" + stored.area();
        }, () -> page(model, form.institution(), form.area(), 0, "", form), model, request, response);
    }

    private String page(Model model, String institution, String area, int page, String sort, Form form) {
        model.addAttribute("assessments", assessments.search(institution.toUpperCase(Locale.ROOT),
                area.toUpperCase(Locale.ROOT), new PageQuery(Math.max(0, page), 25, sort)));
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
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("names", names.names());
        model.addAttribute("evidence", engagements.search(new EngagementSearch("", null, null, form.institution(),
                form.area(), "", "", "", EngagementStatus.APPROVED.name(), null),
                new PageQuery(0, EVIDENCE_OFFERED, "")).items());
        return "advising/assessments";
    }

    /** The assessment form; evidence is the approved engagements chosen, by id. */
    record Form(String institution, String area, String rating, String assessedOn, String rationale,
            List<String> evidence, String classification, String releasableTo) {

        Form {
            institution = institution == null ? "" : institution;
            area = area == null ? "" : area;
            evidence = evidence == null ? List.of() : evidence;
        }

        static Form empty(String institution, String area) {
            return new Form(institution, area, "3", "", "", List.of(), "MISSION", "");
        }

        NewAssessment toNew() {
            int level;
            try {
                level = Integer.parseInt(rating == null ? "" : rating.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("rating", "error.choice", "choose a rating from 1 to 5");
            }
            List<UUID> ids;
            try {
                ids = evidence.stream().filter(id -> !id.isBlank()).map(id -> UUID.fromString(id.trim())).toList();
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("evidence", "error.choice", "evidence must be engagement ids");
            }
            return new NewAssessment(institution, area, level, EngagementSearch.date("assessedOn", assessedOn),
                    rationale, ids, Marking.typed(classification, releasableTo).orElse(Marking.MISSION));
        }
    }
}
