package org.resolute.mission.web;

import java.io.StringWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.csv.CsvWriter;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commands with their locations as CSV, for every signed-in user. */
@RestController
class CommandExport {

    private final Posture posture;

    CommandExport(Posture posture) {
        this.posture = posture;
    }

    @GetMapping(value = "/mission/commands.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export() {
        Map<String, Location> locations = posture.locations().stream()
                .collect(Collectors.toMap(Location::code, Function.identity()));
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).line("code", "name", "kind", "region", "location", "location_name",
                "latitude", "longitude", "lead_nation", "partner_units", "sources");
        for (Command command : posture.commands()) {
            Location location = locations.get(command.location());
            csv.line(command.code(), command.name(), command.kind().name(), command.region(), command.location(),
                    location == null ? "" : location.name(),
                    location == null ? "" : String.valueOf(location.latitude()),
                    location == null ? "" : String.valueOf(location.longitude()), command.leadNation(),
                    String.join("; ", command.partnerUnits()), String.join(";", command.sources()));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"commands.csv\"")
                .body(out.toString());
    }
}
