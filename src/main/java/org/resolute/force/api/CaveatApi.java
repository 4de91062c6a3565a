package org.resolute.force.api;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.force.NationalCaveat;
import org.resolute.force.domain.CaveatBook;
import org.resolute.force.domain.CaveatViolation;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** National caveats as rules: listed for signed-in staff, recorded by force planners, and checked on request. */
@Tag(name = "Force")
@RestController
@RequestMapping("/api/v1/caveats")
class CaveatApi {

    private final CaveatBook caveats;
    private final Clock clock;

    CaveatApi(CaveatBook caveats, Clock clock) {
        this.caveats = caveats;
        this.clock = clock;
    }

    /** The caveats the caller may see, of one nation (alpha-3) or all. */
    @Operation(operationId = "listCaveats", summary = "List national caveats")
    @GetMapping
    PageResult<CaveatResponse> list(@RequestParam(defaultValue = "") String nation,
            @PageParameters(sorted = false) PageQuery page) {
        return caveats.search(nation, page)
                .map(caveat -> new CaveatResponse(caveat, caveats.sentence(caveat)));
    }

    @Operation(operationId = "addCaveat", summary = "Add a national caveat")
    @PostMapping
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ResponseEntity<CaveatResponse> add(@RequestBody CaveatRequest request) {
        NationalCaveat caveat = caveats.add(request.toNew(clock));
        return ResponseEntity.created(URI.create("/api/v1/caveats?nation=" + caveat.nation()))
                .body(new CaveatResponse(caveat, caveats.sentence(caveat)));
    }

    /** Checks an assignment against every caveat of its nation; answers each caveat it breaks, by code. */
    @Operation(operationId = "checkCaveats", summary = "Check an assignment against its nation's caveats")
    @PostMapping("/check")
    CheckResponse check(@RequestBody AssignmentRequest request) {
        List<CaveatViolation> violations = caveats.check(request.toAssignment());
        return new CheckResponse(violations.isEmpty(), violations);
    }

    /** Imports caveats from CSV; all or nothing. */
    @Operation(operationId = "importCaveats", summary = "Import national caveats from CSV")
    @PostMapping(path = "/import", consumes = "text/csv")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ImportResponse importCaveats(@RequestBody String csv) {
        return new ImportResponse(caveats.importCaveats(new StringReader(csv)));
    }
}
