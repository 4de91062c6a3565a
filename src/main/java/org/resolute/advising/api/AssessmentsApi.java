package org.resolute.advising.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.resolute.advising.domain.Assessments;
import org.resolute.advising.domain.CapabilityAssessment;
import org.resolute.advising.domain.CapabilityRating;
import org.resolute.advising.domain.NewAssessment;
import org.resolute.advising.domain.Trend;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.reference.NationCodes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Capability assessments: the rating scale, the ratings with their evidence, and each cell's history and trend. */
@Tag(name = "Advising")
@RestController
@RequestMapping("/api/v1/advising/assessments")
class AssessmentsApi {

    private final Assessments assessments;

    AssessmentsApi(Assessments assessments) {
        this.assessments = assessments;
    }

    @Operation(operationId = "getAssessmentScale", summary = "List the levels of the capability rating scale")
    @GetMapping("/scale")
    List<ScaleLevel> scale() {
        return Arrays.stream(CapabilityRating.values())
                .map(rating -> new ScaleLevel(rating.level(), rating.name(), rating.meaning())).toList();
    }

    /** Sorted by one of assessedOn, institution, area, rating; latest first by default. */
    @Operation(operationId = "searchAssessments", summary = "Search capability assessments")
    @GetMapping
    PageResult<CapabilityAssessment> search(@RequestParam(defaultValue = "") String institution,
            @RequestParam(defaultValue = "") String area, @PageParameters PageQuery page) {
        return assessments.search(institution.toUpperCase(Locale.ROOT),
                area.toUpperCase(Locale.ROOT), page);
    }

    /** A cell's ratings, oldest first, and where the latest one is heading. */
    @Operation(operationId = "getAssessmentHistory", summary = "Read the rating history of an institution in an area")
    @GetMapping("/history")
    History history(@RequestParam String institution, @RequestParam String area) {
        List<CapabilityAssessment> history = assessments.history(institution.toUpperCase(Locale.ROOT),
                area.toUpperCase(Locale.ROOT));
        int n = history.size();
        Trend trend = n == 0 ? null : Trend.between(n > 1 ? history.get(n - 2).rating() : null,
                history.get(n - 1).rating());
        return new History(history, trend);
    }

    /** Refused with 400 naming the field without evidence, or with evidence that does not support it. */
    @Operation(operationId = "recordAssessment", summary = "Record a capability assessment")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ADVISORS)
    CapabilityAssessment record(@RequestBody AssessmentRequest request) {
        return assessments.record(new NewAssessment(request.institution(), request.area(),
                request.rating() == null ? 0 : request.rating(), request.assessedOn(), request.rationale(),
                request.evidence(),
                Marking.typed(request.classification(), request.releasableTo()).orElse(Marking.MISSION)));
    }

    record ScaleLevel(int level, String name, String meaning) {
    }

    record History(List<CapabilityAssessment> assessments, @Nullable Trend trend) {
    }

    record AssessmentRequest(@Size(max = 40) String institution, @Size(max = 20) String area,
            @Min(1) @Max(5) Integer rating,
            LocalDate assessedOn, @Size(max = 4000) String rationale, List<UUID> evidence,
            @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo) {
    }
}
