package org.resolute.advising.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.IfMatch;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.api.ETags;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Engagement reports: search and export for signed-in staff (each sees what their clearance and nation allow);
 * advisors write and submit them, the leads of their command approve or return them. Updates and workflow steps
 * take the ETag in {@code If-Match} (required for updates, optional for steps); a stale one answers 409, and so
 * does a step the report's state does not allow.
 */
@Tag(name = "Advising")
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementsApi {

    private final Engagements engagements;
    private final Clock clock;

    EngagementsApi(Engagements engagements, Clock clock) {
        this.engagements = engagements;
        this.clock = clock;
    }

    /** Sorted by one of date, title, command, institution, status, nation; status may also be DUE. */
    @Operation(operationId = "listEngagements", summary = "Search engagement reports")
    @GetMapping
    PageResult<EngagementResponse> search(EngagementQuery query, @PageParameters PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        return engagements.search(query.search(), page).map(e -> EngagementResponse.of(e, today));
    }

    @Operation(operationId = "exportEngagements", summary = "Export engagement reports as CSV")
    @GetMapping(path = "/export", produces = Csv.MEDIA_TYPE)
    String export(EngagementQuery query) {
        return engagements.export(query.search());
    }

    @Operation(operationId = "getEngagement", summary = "Read an engagement report")
    @GetMapping("/{id}")
    ResponseEntity<EngagementResponse> find(@PathVariable UUID id) {
        return answer(HttpStatus.OK, engagements.find(id));
    }

    @Operation(operationId = "recordEngagement", summary = "Record an engagement report")
    @PostMapping
    @PreAuthorize(Roles.ADVISORS)
    ResponseEntity<EngagementResponse> record(@RequestBody EngagementRequest request) {
        Engagement engagement = engagements.record(request.toInput());
        return answer(ResponseEntity.created(URI.create("/api/v1/engagements/" + engagement.id())), engagement);
    }

    @Operation(operationId = "reviseEngagement", summary = "Revise an engagement report")
    @PutMapping("/{id}")
    @PreAuthorize(Roles.ADVISORS)
    ResponseEntity<EngagementResponse> revise(@PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody EngagementRequest request) {
        return answer(HttpStatus.OK, engagements.revise(id, ETags.version(IfMatch.required(ifMatch, "engagement")),
                request.toInput()));
    }

    @Operation(operationId = "submitEngagement", summary = "Submit an engagement report for approval")
    @PostMapping("/{id}/submit")
    @PreAuthorize(Roles.ADVISORS)
    ResponseEntity<EngagementResponse> submit(@PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return answer(HttpStatus.OK, engagements.submit(id, ETags.version(ifMatch)));
    }

    @Operation(operationId = "approveEngagement", summary = "Approve a submitted engagement report")
    @PostMapping("/{id}/approve")
    @PreAuthorize(Roles.ADVISING_LEADS)
    ResponseEntity<EngagementResponse> approve(@PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return answer(HttpStatus.OK, engagements.approve(id, ETags.version(ifMatch)));
    }

    @Operation(operationId = "returnEngagement", summary = "Return a submitted engagement report with a comment")
    @PostMapping("/{id}/return")
    @PreAuthorize(Roles.ADVISING_LEADS)
    ResponseEntity<EngagementResponse> returnToAuthor(@PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Comment comment) {
        return answer(HttpStatus.OK, engagements.returnToAuthor(id, ETags.version(ifMatch), comment.comment()));
    }

    @Operation(operationId = "cancelEngagement", summary = "Cancel an engagement report with a reason")
    @PostMapping("/{id}/cancel")
    @PreAuthorize(Roles.ADVISORS)
    ResponseEntity<EngagementResponse> cancel(@PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Reason reason) {
        return answer(HttpStatus.OK, engagements.cancel(id, ETags.version(ifMatch), reason.reason()));
    }

    private ResponseEntity<EngagementResponse> answer(HttpStatus status, Engagement engagement) {
        return answer(ResponseEntity.status(status), engagement);
    }

    private ResponseEntity<EngagementResponse> answer(ResponseEntity.BodyBuilder answer, Engagement engagement) {
        return answer.eTag(ETags.of(engagement.version()))
                .body(EngagementResponse.of(engagement, LocalDate.now(clock)));
    }

    /** What a lead asks the advisor to fix. */
    record Comment(@Size(max = 2000) String comment) {
    }

    /** Why the engagement is called off. */
    record Reason(@Size(max = 2000) String reason) {
    }
}
