package org.resolute.governance.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.governance.domain.ConditionsReview;
import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.DecisionKind;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.governance.domain.MeetingKind;
import org.resolute.governance.domain.ReviewBook;
import org.resolute.governance.domain.Timeline;
import org.resolute.governance.domain.TimelineEntry;
import org.resolute.governance.domain.TimelineKind;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings and decisions (public ones for anyone, the rest for staff cleared to see them), conditions reviews and
 * the timeline (staff).
 */
@Tag(name = "Governance")
@RestController
@RequestMapping("/api/v1")
class GovernanceApi {

    private final MeetingBook meetings;
    private final DecisionBook decisions;
    private final ReviewBook reviews;
    private final Timeline timeline;

    GovernanceApi(MeetingBook meetings, DecisionBook decisions, ReviewBook reviews, Timeline timeline) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.reviews = reviews;
        this.timeline = timeline;
    }

    /** Meetings of a kind (SUMMIT, DEFENCE_MINISTERIAL, ...), in a period, or with words in the title or place. */
    @Operation(operationId = "listMeetings", summary = "List meetings")
    @GetMapping("/meetings")
    PageResult<MeetingResponse> meetings(
            @RequestParam(required = false)
            @Parameter(schema = @Schema(implementation = MeetingKind.class)) String kind,
            GovernanceQuery query, @PageParameters PageQuery page) {
        return meetings.search(query.ofKind(kind), page)
                .map(meeting -> MeetingResponse.of(meeting, ids(decisions.takenAt(meeting.id()))));
    }

    @Operation(operationId = "getMeeting", summary = "Read a meeting")
    @GetMapping("/meetings/{id}")
    MeetingResponse meeting(@PathVariable UUID id) {
        return meetings.find(id).map(meeting -> MeetingResponse.of(meeting, ids(decisions.takenAt(id))))
                .orElseThrow(() -> new NotFound("Meeting"));
    }

    /** Decisions of a kind (DECISION, COMMITMENT, REAFFIRMATION), taken in a period, or with words in them. */
    @Operation(operationId = "listDecisions", summary = "List decisions and commitments")
    @GetMapping("/decisions")
    PageResult<DecisionResponse> decisions(
            @RequestParam(required = false)
            @Parameter(schema = @Schema(implementation = DecisionKind.class)) String kind,
            GovernanceQuery query, @PageParameters PageQuery page) {
        return decisions.search(query.ofKind(kind), page).map(DecisionResponse::of);
    }

    /** One decision with its meeting, what it changed, and its commitment's history. */
    @Operation(operationId = "getDecision", summary = "Read a decision with its effects and history")
    @GetMapping("/decisions/{id}")
    DecisionDetailResponse decision(@PathVariable UUID id) {
        return decisions.find(id).map(DecisionDetailResponse::of).orElseThrow(() -> new NotFound("Decision"));
    }

    /** The conditions reviews with their indicators at the time, latest first. */
    @Operation(operationId = "listConditionsReviews", summary = "List conditions reviews")
    @GetMapping("/conditions-reviews")
    PageResult<ConditionsReview> reviews(@PageParameters(sorted = false) PageQuery page) {
        return PageResult.of(reviews.all(), page);
    }

    /** The timeline's entries of the kinds asked for (all when none), in the period given. */
    @Operation(operationId = "getTimeline", summary = "Read the governance timeline")
    @GetMapping("/timeline")
    List<TimelineEntry> timeline(@RequestParam(required = false) List<TimelineKind> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return timeline.entries(kind == null || kind.isEmpty() ? EnumSet.allOf(TimelineKind.class)
                : EnumSet.copyOf(kind), from, until);
    }

    private static List<UUID> ids(List<Decision> taken) {
        return taken.stream().map(Decision::id).toList();
    }
}
