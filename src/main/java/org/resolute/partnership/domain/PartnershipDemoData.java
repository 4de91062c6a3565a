package org.resolute.partnership.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.resolute.kernel.Classification;
import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The partnership for the demo profile: the partnership itself from the fact sheet and its sources, and
 * illustrative activities (the fact sheet names the kinds of workshop but no dates), loaded once on the first start.
 */
@Component
@Profile("demo")
class PartnershipDemoData extends DemoPart {

    private static final Viewer LOADER = new Viewer("system", Set.of(Role.ADMIN, Role.PARTNERSHIP_OFFICER),
            Optional.empty(), Classification.RESTRICTED);

    private final ActivityBook activities;
    private final ActivityTables tables;
    private final ApplicationEventPublisher events;

    PartnershipDemoData(ActivityBook activities, ActivityTables tables, ApplicationEventPublisher events) {
        super("demo.dataset.partnership", 40);
        this.activities = activities;
        this.tables = tables;
        this.events = events;
    }

    @Override
    public void load() {
        Viewers.runAs(LOADER, () -> {
            if (tables.partnership().isEmpty()) {
                DemoFiles.read("partnership.csv", PartnershipDemoData::partnership).forEach(record -> {
                    tables.insert(record);
                    events.publishEvent(RecordChanged.saved("Partnership", record.code(), record, Marking.PUBLIC));
                });
            }
            if (tables.count() == 0) {
                loadActivities();
            }
        });
    }

    private void loadActivities() {
        Map<String, UUID> keys = new HashMap<>();
        DemoFiles.read("activities.csv", record -> Map.entry(record.required("key"), activity(record)))
                .forEach(entry -> keys.put(entry.getKey(), activities.record(entry.getValue()).id()));
        DemoFiles.read("participants.csv", record -> Map.entry(record.required("activity"), new NewParticipant(
                record.oneOf("kind", ParticipantKind.class), record.text("name"), record.text("nation"),
                record.text("role"), record.optionalInteger("headcount"))))
                .forEach(entry -> activities.addParticipant(keys.get(entry.getKey()), entry.getValue()));
        DemoFiles.read("follow_ups.csv", record -> record).forEach(record -> {
            UUID activity = keys.get(record.required("activity"));
            var followUp = activities.addFollowUp(activity, new NewFollowUp(record.required("action"),
                    record.required("owner"), record.date("due_on")));
            if (record.optionalDate("closed_on") != null) {
                activities.closeFollowUp(activity, followUp.id(), record.optionalDate("closed_on"),
                        record.text("closing_note"));
            }
        });
        activities.attach(keys.get("A2"), new NewAttachment(AttachmentKind.AGENDA, "agenda-A2.txt",
                DemoFiles.bytes("agenda-A2.txt")));
    }

    private static NewActivity activity(CsvRecord record) {
        return new NewActivity(record.oneOf("kind", ActivityKind.class), null, record.oneOf("theme", Theme.class),
                record.required("title"), record.date("starts_on"), record.date("ends_on"), record.required("place"),
                record.required("organisers"), record.required("objectives"), record.text("outcomes"),
                record.required("source"), record.optionalDate("as_of"),
                record.oneOf("provenance_status", ProvenanceStatus.class),
                Marking.of(record.oneOf("classification", Classification.class), ""));
    }

    private static PartnershipRecord partnership(CsvRecord record) {
        return new PartnershipRecord(record.required("code"), record.required("name"), record.required("purpose"),
                record.required("goal"), record.date("set_up_on"), record.required("set_up_at"),
                new Provenance(record.required("set_up_source"), null,
                        record.oneOf("set_up_status", ProvenanceStatus.class)),
                record.optionalDate("strengthened_on"), record.text("strengthened_at"),
                record.text("strengthened_how"), new Provenance(record.required("strengthened_source"), null,
                        record.oneOf("strengthened_status", ProvenanceStatus.class)));
    }
}
