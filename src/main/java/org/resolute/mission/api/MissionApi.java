package org.resolute.mission.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.mission.Command;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.Location;
import org.resolute.mission.MissionRecord;
import org.resolute.mission.NewInstrument;
import org.resolute.mission.Posture;
import org.resolute.mission.domain.MissionBook;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The mission, its commands and its locations, for every signed-in user. */
@Tag(name = "Mission")
@RestController
@RequestMapping("/api/v1")
class MissionApi {

    private final MissionBook missions;
    private final Posture posture;

    MissionApi(MissionBook missions, Posture posture) {
        this.missions = missions;
        this.posture = posture;
    }

    /** The mission run here, with its legal instruments, phases and timeline; 404 before one is recorded. */
    @Operation(operationId = "getMission", summary = "Read the mission with its legal instruments and phases")
    @GetMapping("/mission")
    MissionResponse mission() {
        MissionRecord mission = missions.current().orElseThrow(() -> new NotFound("Mission"));
        return MissionResponse.of(mission, missions.instrumentsOf(mission.code()),
                missions.phasesOf(mission.code()), missions.timelineOf(mission.code()));
    }

    /** The commands: the hub first, then the spokes, functional commands and task forces. */
    @Operation(operationId = "listCommands", summary = "List commands with their lead nations and partnered units")
    @GetMapping("/commands")
    PageResult<Command> commands(@PageParameters(sorted = false) PageQuery page) {
        return PageResult.of(posture.commands(), page);
    }

    /** The locations, by code, with their coordinates and provenance. */
    @Operation(operationId = "listLocations", summary = "List the mission's locations")
    @GetMapping("/locations")
    PageResult<Location> locations(@PageParameters(sorted = false) PageQuery page) {
        return PageResult.of(posture.locations(), page);
    }

    /** Adds a legal instrument to the current mission's basis: ADMIN only; 201 with the stored instrument. */
    @Operation(operationId = "recordLegalInstrument", summary = "Record a legal instrument of the mission")
    @PostMapping("/mission/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ADMINISTRATORS)
    LegalInstrument recordInstrument(@RequestBody NewInstrument instrument) {
        return missions.recordInstrument(instrument);
    }
}
