package org.resolute.force.api;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.force.Activity;
import org.resolute.force.domain.FillState;
import org.resolute.force.domain.Offer;
import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirement;
import org.resolute.force.domain.RequirementFilter;
import org.resolute.force.domain.Requirements;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requirements (CJSOR lines), their fill and gaps, and offers against them. Signed-in staff read what their
 * clearance and nation allow; force planners (and administrators) record.
 */
@Tag(name = "Force")
@RestController
@RequestMapping("/api/v1")
class RequirementApi {

    private final Requirements requirements;
    private final Clock clock;

    RequirementApi(Requirements requirements, Clock clock) {
        this.requirements = requirements;
        this.clock = clock;
    }

    /** Requirements by command, location, activity, fill state (FILLED, PARTIAL, GAP) and priority. */
    @Operation(operationId = "listRequirements", summary = "List force requirements (CJSOR lines)")
    @GetMapping("/requirements")
    PageResult<Requirement> list(@RequestParam(defaultValue = "") String command,
            @RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "")
            @Parameter(schema = @Schema(implementation = Activity.class)) String activity,
            @RequestParam(defaultValue = "")
            @Parameter(schema = @Schema(implementation = FillState.class)) String fillState,
            @RequestParam(defaultValue = "")
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "5")) String priority,
            @PageParameters PageQuery page) {
        return requirements.search(RequirementFilter.parse(command, location, activity, fillState, priority), page);
    }

    /** Requirements not yet filled, by priority and then the largest shortfall. */
    @Operation(operationId = "listRequirementGaps", summary = "List the requirements not filled")
    @GetMapping("/requirements/gaps")
    PageResult<Requirement> gaps(@PageParameters(sorted = false) PageQuery page) {
        return requirements.gaps(page);
    }

    @Operation(operationId = "getRequirement", summary = "Read a force requirement with its offers")
    @GetMapping("/requirements/{id}")
    RequirementDetail get(@PathVariable UUID id) {
        return new RequirementDetail(requirements.get(id), requirements.offers(id));
    }

    @Operation(operationId = "createRequirement", summary = "Create a force requirement")
    @PostMapping("/requirements")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ResponseEntity<Requirement> create(@RequestBody RequirementRequest request) {
        Requirement requirement = requirements.create(request.toNew(clock));
        return ResponseEntity.created(URI.create("/api/v1/requirements/" + requirement.id())).body(requirement);
    }

    /** Records an offer; one that breaks a national caveat is refused (400) naming the caveat, and not stored. */
    @Operation(operationId = "offerForces", summary = "Offer forces against a requirement")
    @PostMapping("/requirements/{id}/offers")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ResponseEntity<Offer> offer(@PathVariable UUID id, @RequestBody OfferRequest request) {
        Offer offer = requirements.recordOffer(id, request.toNew(clock));
        return ResponseEntity.created(URI.create("/api/v1/requirements/" + id)).body(offer);
    }

    /** Accepts or withdraws an offer; the requirement's fill moves with it. */
    @Operation(operationId = "decideOffer", summary = "Accept or withdraw an offer")
    @PostMapping("/requirements/{id}/offers/{offer}/decision")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    Offer decide(@PathVariable UUID id, @PathVariable UUID offer, @RequestBody OfferDecision decision) {
        return requirements.decideOffer(id, offer, decision.status());
    }

    /** The decision on an offer: ACCEPTED or WITHDRAWN. */
    record OfferDecision(OfferStatus status) {
    }

    /** Imports requirements from CSV (columns in the import's description); all or nothing. */
    @Operation(operationId = "importRequirements", summary = "Import force requirements from CSV")
    @PostMapping(path = "/requirements/import", consumes = "text/csv")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ImportResponse importRequirements(@RequestBody String csv) {
        return new ImportResponse(requirements.importRequirements(new StringReader(csv)));
    }

    /** Imports offers from CSV, each checked against its nation's caveats; all or nothing. */
    @Operation(operationId = "importOffers", summary = "Import force offers from CSV")
    @PostMapping(path = "/offers/import", consumes = "text/csv")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ImportResponse importOffers(@RequestBody String csv) {
        return new ImportResponse(requirements.importOffers(new StringReader(csv)));
    }
}
