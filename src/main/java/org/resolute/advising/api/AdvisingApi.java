package org.resolute.advising.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.domain.DailyRollup;
import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.Engagements;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.domain.KnownEntry;
import org.resolute.advising.domain.NewPosition;
import org.resolute.advising.domain.ProvisionalEntry;
import org.resolute.advising.domain.RoadmapPillar;
import org.resolute.advising.domain.StructureBook;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.DateParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advising structure (institutions, functional areas, pillars, positions), the coverage heatmap's cells, the
 * daily rollup, and the leads' merging of provisional people and places.
 */
@Tag(name = "Advising")
@RestController
@RequestMapping("/api/v1/advising")
class AdvisingApi {

    private final StructureBook structure;
    private final Coverage coverage;
    private final Engagements engagements;
    private final Clock clock;

    AdvisingApi(StructureBook structure, Coverage coverage, Engagements engagements, Clock clock) {
        this.structure = structure;
        this.coverage = coverage;
        this.engagements = engagements;
        this.clock = clock;
    }

    /**
     * Every institution by every functional area: approved engagements in the {@code days} up to {@code asOf}
     * (default today) against the latest rating on or before it, from what the caller may see.
     */
    @Operation(operationId = "getCoverage", summary = "Read the coverage of host institutions by functional area")
    @GetMapping("/coverage")
    CoverageResponse coverage(@RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "90") int days) {
        LocalDate date = asOf.isBlank() ? LocalDate.now(clock) : EngagementSearch.date("asOf", asOf);
        return new CoverageResponse(date, days, coverage.coverage(date, days));
    }

    /** The approved engagements of the day per command. */
    @Operation(operationId = "getDailyRollup", summary = "Read the daily rollup of engagements per command")
    @GetMapping("/rollup")
    DailyRollup rollup(DateParameter day) {
        return engagements.rollup(day.date());
    }

    @Operation(operationId = "listInstitutions", summary = "List the host institutions")
    @GetMapping("/institutions")
    List<HostInstitution> institutions() {
        return structure.institutions();
    }

    @Operation(operationId = "listFunctionalAreas", summary = "List the functional areas")
    @GetMapping("/functional-areas")
    List<FunctionalArea> areas() {
        return structure.areas();
    }

    @Operation(operationId = "listRoadmapPillars", summary = "List the roadmap pillars")
    @GetMapping("/pillars")
    List<RoadmapPillar> pillars() {
        return structure.pillars();
    }

    @Operation(operationId = "listPositions", summary = "List advisor positions and who held them")
    @GetMapping("/positions")
    List<AdvisorPosition> positions() {
        return structure.positions();
    }

    @Operation(operationId = "createPosition", summary = "Create an advisor position")
    @PostMapping("/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ADVISING_LEADS)
    AdvisorPosition createPosition(@RequestBody NewPosition position) {
        return structure.createPosition(position);
    }

    @Operation(operationId = "assignAdvisor", summary = "Assign an advisor to a position")
    @PostMapping("/positions/{id}/assignments")
    @PreAuthorize(Roles.ADVISING_LEADS)
    AdvisorPosition assign(@PathVariable UUID id, @RequestBody HolderRequest request) {
        return structure.assign(id, request.person(), request.from(), request.until());
    }

    /** People and places typed in by advisors and not yet merged, from engagements the caller may see. */
    @Operation(operationId = "listProvisionalEntries", summary = "List provisional people and places awaiting a merge")
    @GetMapping("/provisional")
    @PreAuthorize(Roles.ADVISORS)
    List<ProvisionalEntry> provisional() {
        return structure.provisional();
    }

    @Operation(operationId = "listKnownEntries", summary = "List the known people and places")
    @GetMapping("/known")
    @PreAuthorize(Roles.ADVISORS)
    List<KnownEntry> known(@RequestParam @Parameter(schema = @Schema(type = "string",
            allowableValues = {"ADVISOR", "COUNTERPART", "PLACE"})) String kind) {
        return structure.known(kind);
    }

    @Operation(operationId = "mergeProvisionalEntry", summary = "Merge a provisional person or place into a known one")
    @PostMapping("/provisional/{id}/merge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Roles.ADVISING_LEADS)
    void merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
        if (request.into() == null) {
            throw new InvalidInput("into", "into is missing: the known person or place to merge into");
        }
        structure.merge(id, request.into());
    }

    record CoverageResponse(LocalDate asOf, int days, List<CoverageCell> cells) {
    }

    record HolderRequest(@Size(max = 200) String person, LocalDate from, LocalDate until) {
    }

    record MergeRequest(UUID into) {
    }
}
