package org.resolute.mission.domain;

import java.util.Arrays;
import java.util.List;

import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.mission.InstrumentKind;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.MissionPhase;
import org.resolute.mission.MissionRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Resolute Support Mission's record, legal instruments and phases for the demo profile, from the public facts
 * in {@code src/main/resources/mission/}, loaded once on the first start. Each fact keeps the source that states
 * it; dates no source states are left empty.
 */
@Component
@Profile("demo")
class MissionRecordDemoData extends DemoPart {

    private final RecordTables tables;
    private final ApplicationEventPublisher events;

    MissionRecordDemoData(RecordTables tables, ApplicationEventPublisher events) {
        super("demo.dataset.missionRecord", 11);
        this.tables = tables;
        this.events = events;
    }

    @Override
    public void load() {
        MissionDemoData.loadOnce(tables.count("mission"), "missions.csv", MissionRecordDemoData::mission,
                tables::insert, "MissionRecord", MissionRecord::code, events);
        MissionDemoData.loadOnce(tables.count("instrument"), "legal_instruments.csv",
                MissionRecordDemoData::instrument, tables::insert, "LegalInstrument", LegalInstrument::id, events);
        MissionDemoData.loadOnce(tables.count("phase"), "phases.csv", MissionRecordDemoData::phase,
                tables::insert, "MissionPhase", MissionPhase::id, events);
    }

    private static MissionRecord mission(CsvRecord record) {
        return new MissionRecord(record.required("code"), record.required("name"), record.required("nature"),
                record.required("purpose"), record.required("host_nation"), record.required("invitation"),
                provenance(record, "basis"), record.date("launched_on"), provenance(record, "launch"),
                emptyAsNull(record.text("predecessor")), record.optionalDate("predecessor_ended_on"),
                provenance(record, "predecessor"), record.optionalDate("ended_on"), record.text("end_note"),
                provenance(record, "end"));
    }

    private static LegalInstrument instrument(CsvRecord record) {
        List<String> provisions = Arrays.stream(record.text("provisions").split("\\|")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        return new LegalInstrument(Ids.next(), record.required("mission"),
                record.oneOf("kind", InstrumentKind.class), record.required("title"), record.required("parties"),
                record.optionalDate("signed_on"), record.optionalDate("ratified_on"),
                record.optionalDate("adopted_on"), record.optionalDate("expires_on"), provisions,
                record.text("note"), sourced(record));
    }

    private static MissionPhase phase(CsvRecord record) {
        return new MissionPhase(Ids.next(), record.required("mission"), record.required("name"),
                record.date("from"), record.optionalDate("until"), record.required("description"),
                sourced(record));
    }

    private static Provenance sourced(CsvRecord record) {
        return new Provenance(record.required("source"), null,
                record.oneOf("provenance_status", ProvenanceStatus.class));
    }

    /** The provenance in the {@code <prefix>_source} and {@code <prefix>_status} columns; null when empty. */
    private static Provenance provenance(CsvRecord record, String prefix) {
        String source = record.text(prefix + "_source");
        return source.isEmpty() ? null
                : new Provenance(source, null, record.oneOf(prefix + "_status", ProvenanceStatus.class));
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
