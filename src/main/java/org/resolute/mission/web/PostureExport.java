package org.resolute.mission.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commands with their locations, and the locations with their commands, as CSV, for every signed-in user. */
@RestController
class PostureExport {

    private final Posture posture;

    PostureExport(Posture posture) {
        this.posture = posture;
    }

    @GetMapping(value = "/mission/commands.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export() {
        Map<String, Location> locations = posture.locations().stream()
                .collect(Collectors.toMap(Location::code, Function.identity()));
        CsvDownload csv = new CsvDownload("code", "name", "kind", "region", "location", "location_name",
                "latitude", "longitude", "lead_nation", "partner_units", "sources");
        for (Command command : posture.commands()) {
            Location location = locations.get(command.location());
            csv.line(command.code(), command.name(), command.kind().name(), command.region(), command.location(),
                    location == null ? "" : location.name(),
                    location == null ? "" : String.valueOf(location.latitude()),
                    location == null ? "" : String.valueOf(location.longitude()), command.leadNation(),
                    String.join("; ", command.partnerUnits()), String.join(";", command.sources()));
        }
        return csv.as("commands.csv");
    }

    @GetMapping(value = "/mission/locations.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> locations() {
        CsvDownload csv = new CsvDownload("code", "name", "region", "latitude", "longitude", "capacity",
                "commands", "source", "as_of", "provenance_status");
        for (Location location : posture.locations()) {
            csv.line(location.code(), location.name(), location.region(), String.valueOf(location.latitude()),
                    String.valueOf(location.longitude()),
                    location.capacity() == null ? "" : String.valueOf(location.capacity()),
                    posture.commands().stream().filter(command -> command.location().equals(location.code()))
                            .map(Command::code).collect(Collectors.joining(";")),
                    location.provenance().source(),
                    location.provenance().asOf() == null ? "" : location.provenance().asOf().toString(),
                    location.provenance().status().name());
        }
        return csv.as("locations.csv");
    }
}
