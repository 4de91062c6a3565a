package org.resolute.partnership.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.PartnershipReport;
import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partnership's activities for every signed-in member of staff, limited to what each may see. */
@Tag(name = "Partnership")
@RestController
@RequestMapping("/api/v1/partnership")
class ActivitiesApi {

    private final ActivityBook activities;
    private final Clock clock;

    ActivitiesApi(ActivityBook activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Activities of a kind, theme or track, held in a period (from: ending on or after; until: starting on or
     * before), or with words in the title, place or organisers; sort by startsOn, title, kind, theme or place.
     */
    @Operation(operationId = "listActivities", summary = "List partnership activities")
    @GetMapping("/activities")
    PageResult<ActivityResponse> list(@RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Theme theme, @RequestParam(required = false) Track track,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String q, @PageParameters PageQuery page) {
        return activities.search(new ActivityFilter(kind, theme, track, from, until, q), page)
                .map(ActivityResponse::of);
    }

    /** One activity with its participants, follow-ups and attachments; 404 when absent or not visible. */
    @Operation(operationId = "getActivity", summary = "Read a partnership activity")
    @GetMapping("/activities/{id}")
    ActivityDetailResponse one(@PathVariable UUID id) {
        return activities.find(id).map(detail -> ActivityDetailResponse.of(detail, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFound("Partnership activity"));
    }

    /** Activities by year and theme, participants reached, follow-ups open, closed and overdue today. */
    @Operation(operationId = "getPartnershipReport", summary = "Read the partnership report")
    @GetMapping("/report")
    PartnershipReport report() {
        return activities.report(ActivityFilter.ALL, LocalDate.now(clock));
    }
}
