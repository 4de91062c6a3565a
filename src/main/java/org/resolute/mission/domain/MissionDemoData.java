package org.resolute.mission.domain;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Marking;
import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.Location;
import org.resolute.mission.TroopCeiling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Resolute Support Mission's structure for the demo profile: its locations, hub and spokes, and ceilings,
 * from the public facts in {@code src/main/resources/mission/}, loaded once on the first start.
 */
@Component
@Profile("demo")
class MissionDemoData extends DemoPart {

    private final MissionTables tables;
    private final ApplicationEventPublisher events;

    MissionDemoData(MissionTables tables, ApplicationEventPublisher events) {
        super("demo.dataset.mission", 10);
        this.tables = tables;
        this.events = events;
    }

    @Override
    public void load() {
        loadOnce(tables.count("location"), "locations.csv", MissionDemoData::location, tables::insert,
                "Location", Location::code, events);
        loadOnce(tables.count("command"), "commands.csv", MissionDemoData::command, tables::insert, "Command",
                Command::code, events);
        loadOnce(tables.count("ceiling"), "ceilings.csv", MissionDemoData::ceiling, tables::insert,
                "TroopCeiling", TroopCeiling::id, events);
    }

    /**
     * Reads a file of public facts into its table when the table is empty (a later start finds it loaded), and
     * announces each row as a public record so that the audit trail and search see it.
     */
    static <T> void loadOnce(long stored, String file, Function<CsvRecord, T> reader, Consumer<T> insert,
            String type, Function<T, Object> id, ApplicationEventPublisher events) {
        if (stored > 0) {
            return;
        }
        load(file, reader, row -> {
            insert.accept(row);
            events.publishEvent(RecordChanged.saved(type, id.apply(row), row, Marking.PUBLIC));
        });
    }

    static <T> void load(String file, Function<CsvRecord, T> reader, Consumer<T> store) {
        OwnFiles.csv("mission", file, List.of(), reader).forEach(store);
    }

    private static Location location(CsvRecord record) {
        return new Location(record.required("code"), record.required("name"), record.required("region"),
                Double.parseDouble(record.required("latitude")), Double.parseDouble(record.required("longitude")),
                record.optionalInteger("capacity"), provenance(record));
    }

    private static Command command(CsvRecord record) {
        return new Command(record.required("code"), record.required("name"),
                record.oneOf("kind", CommandKind.class), record.required("region"), record.required("location"),
                record.required("lead_nation"), Arrays.asList(record.text("partner_units").split(";\\s*")),
                Arrays.asList(record.text("sources").split(";")));
    }

    private static TroopCeiling ceiling(CsvRecord record) {
        String nation = record.text("nation");
        return new TroopCeiling(Ids.next(), record.oneOf("kind", CeilingKind.class),
                nation.isEmpty() ? Optional.empty() : Optional.of(nation), record.optionalInteger("troops"),
                record.date("from"), Optional.ofNullable(record.optionalDate("until")), record.required("basis"),
                provenance(record), Optional.of(record.text("decision_ref")));
    }

    private static Provenance provenance(CsvRecord record) {
        return new Provenance(record.required("source"), record.optionalDate("as_of"),
                record.oneOf("provenance_status", ProvenanceStatus.class));
    }
}
