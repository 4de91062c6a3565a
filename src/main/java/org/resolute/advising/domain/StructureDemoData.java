package org.resolute.advising.domain;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.InstitutionKind;
import org.resolute.kernel.Marking;
import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.mission.Command;
import org.resolute.mission.Posture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The Resolute Support Mission's advising structure from public facts ({@code src/main/resources/advising/}): the
 * host institutions, the Essential Functions and supporting functions, the roadmap pillars; and the demo lead as
 * the approver of every command.
 */
@Component
class StructureDemoData {

    static final String DEMO_LEAD = "lead";

    private final StructureTables tables;
    private final Posture posture;
    private final ApplicationEventPublisher events;

    StructureDemoData(StructureTables tables, Posture posture, ApplicationEventPublisher events) {
        this.tables = tables;
        this.posture = posture;
        this.events = events;
    }

    void load() {
        Viewers.runAs(Viewer.SYSTEM, () -> {
            List<HostInstitution> institutions = read("institutions.csv", record -> new HostInstitution(
                    record.required("code"), record.required("name"), record.oneOf("kind", InstitutionKind.class),
                    record.text("parent").isEmpty() ? null : record.text("parent"), record.required("command"),
                    record.required("location"), record.required("source")));
            for (int i = 0; i < institutions.size(); i++) {
                tables.insert(institutions.get(i), i);
                recorded("HostInstitution", institutions.get(i).code(), institutions.get(i));
            }
            List<FunctionalArea> areas = read("functional-areas.csv", record -> new FunctionalArea(
                    record.required("code"), record.required("name"), record.required("short"),
                    record.oneOf("kind", FunctionalArea.Kind.class), record.required("source")));
            for (int i = 0; i < areas.size(); i++) {
                tables.insert(areas.get(i), i);
                recorded("FunctionalArea", areas.get(i).code(), areas.get(i));
            }
            List<RoadmapPillar> pillars = read("pillars.csv", record -> new RoadmapPillar(record.required("code"),
                    record.required("name"), record.required("source")));
            for (int i = 0; i < pillars.size(); i++) {
                tables.insert(pillars.get(i), i);
                recorded("RoadmapPillar", pillars.get(i).code(), pillars.get(i));
            }
            for (Command command : posture.commands()) {
                tables.addApprover(command.code(), DEMO_LEAD);
                recorded("EngagementApprover", command.code() + "/" + DEMO_LEAD, Map.of("command",
                        command.code(), "username", DEMO_LEAD));
            }
        });
    }

    private void recorded(String type, Object id, Object row) {
        events.publishEvent(RecordChanged.saved(type, id, row, Marking.PUBLIC));
    }

    private static <T> List<T> read(String file, Function<CsvRecord, T> reader) {
        return OwnFiles.csv("advising", file, List.of(), reader);
    }
}
