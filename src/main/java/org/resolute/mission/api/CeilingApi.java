package org.resolute.mission.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.domain.CeilingBook;
import org.resolute.mission.domain.CeilingQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Troop ceilings, mission-wide and national: every signed-in user reads them, force planners record them. */
@Tag(name = "Mission")
@RestController
@RequestMapping("/api/v1/ceilings")
class CeilingApi {

    private final CeilingBook ceilings;

    CeilingApi(CeilingBook ceilings) {
        this.ceilings = ceilings;
    }

    /**
     * Ceilings of a kind (MISSION, NATIONAL_CAP), of a nation, or in force on a date; sort by from, troops, kind
     * or nation.
     */
    @Operation(operationId = "listCeilings", summary = "List troop ceilings and national caps")
    @GetMapping
    PageResult<CeilingResponse> list(@RequestParam(required = false) CeilingKind kind,
            @RequestParam(required = false) String nation, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
            @PageParameters PageQuery page) {
        return ceilings.search(new CeilingQuery(kind, nation, inForceOn), page)
                .map(CeilingResponse::of);
    }

    /** One ceiling; 404 when there is none with this id. */
    @Operation(operationId = "getCeiling", summary = "Read a troop ceiling or national cap")
    @GetMapping("/{id}")
    CeilingResponse one(@PathVariable UUID id) {
        return ceilings.all().stream().filter(ceiling -> ceiling.id().equals(id)).findFirst()
                .map(CeilingResponse::of).orElseThrow(() -> new NotFound("Troop ceiling"));
    }

    /** Records a ceiling (FORCE_PLANNER or ADMIN): 201 with the ceiling, 400 naming the field that fails. */
    @Operation(operationId = "recordCeiling", summary = "Record a troop ceiling or national cap")
    @PostMapping
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    ResponseEntity<CeilingResponse> record(@RequestBody CeilingRequest request) {
        TroopCeiling ceiling = ceilings.record(request.toNewCeiling());
        return ResponseEntity.created(URI.create("/api/v1/ceilings/" + ceiling.id()))
                .body(CeilingResponse.of(ceiling));
    }
}
