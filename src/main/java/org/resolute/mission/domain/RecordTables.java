package org.resolute.mission.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.kernel.Provenance;
import org.resolute.mission.InstrumentKind;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.MissionPhase;
import org.resolute.mission.MissionRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mission module's tables for the mission record, its legal instruments and its phases. */
@Repository
class RecordTables {

    private final JdbcClient jdbc;

    RecordTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MissionRecord> missions() {
        return jdbc.sql("SELECT * FROM mission_record ORDER BY launched_on, code").query((rs, n) -> mission(rs))
                .list();
    }

    List<LegalInstrument> instruments(String mission) {
        Map<UUID, List<String>> provisions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.instrument, p.sets FROM mission_instrument_provision p
                JOIN mission_legal_instrument i ON i.id = p.instrument
                WHERE i.mission = :mission ORDER BY p.instrument, p.line_no""").param("mission", mission)
                .query(rs -> {
                    provisions.computeIfAbsent(rs.getObject("instrument", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("sets"));
                });
        return jdbc.sql("SELECT * FROM mission_legal_instrument WHERE mission = :mission")
                .param("mission", mission)
                .query((rs, n) -> instrument(rs, provisions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    List<MissionPhase> phases(String mission) {
        return jdbc.sql("SELECT * FROM mission_phase WHERE mission = :mission ORDER BY from_date, name")
                .param("mission", mission).query((rs, n) -> phase(rs)).list();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + switch (table) {
            case "instrument" -> "mission_legal_instrument";
            case "phase" -> "mission_phase";
            default -> "mission_record";
        }).query(Long.class).single();
    }

    void insert(MissionRecord mission) {
        jdbc.sql("""
                INSERT INTO mission_record (code, name, nature, purpose, host_nation, invitation, basis_source,
                    basis_status, launched_on, launch_source, launch_status, predecessor, predecessor_ended_on,
                    predecessor_source, predecessor_status, ended_on, end_note, end_source, end_status)
                VALUES (:code, :name, :nature, :purpose, :host, :invitation, :basisSource, :basisStatus, :launched,
                    :launchSource, :launchStatus, :predecessor, :predecessorEnded, :predecessorSource,
                    :predecessorStatus, :ended, :endNote, :endSource, :endStatus)""")
                .param("code", mission.code()).param("name", mission.name()).param("nature", mission.nature())
                .param("purpose", mission.purpose()).param("host", mission.hostNation())
                .param("invitation", mission.invitation()).param("basisSource", mission.basis().source())
                .param("basisStatus", mission.basis().status().name()).param("launched", mission.launchedOn())
                .param("launchSource", mission.launch().source())
                .param("launchStatus", mission.launch().status().name())
                .param("predecessor", mission.predecessor()).param("predecessorEnded", mission.predecessorEndedOn())
                .param("predecessorSource", source(mission.predecessorEnd()))
                .param("predecessorStatus", status(mission.predecessorEnd()))
                .param("ended", mission.endedOn()).param("endNote", mission.endNote())
                .param("endSource", source(mission.end())).param("endStatus", status(mission.end())).update();
    }

    void insert(LegalInstrument instrument) {
        jdbc.sql("""
                INSERT INTO mission_legal_instrument (id, mission, kind, title, parties, signed_on, ratified_on,
                    adopted_on, expires_on, note, source, provenance_status)
                VALUES (:id, :mission, :kind, :title, :parties, :signed, :ratified, :adopted, :expires, :note,
                    :source, :status)""")
                .param("id", instrument.id()).param("mission", instrument.mission())
                .param("kind", instrument.kind().name()).param("title", instrument.title())
                .param("parties", instrument.parties()).param("signed", instrument.signedOn())
                .param("ratified", instrument.ratifiedOn()).param("adopted", instrument.adoptedOn())
                .param("expires", instrument.expiresOn()).param("note", instrument.note())
                .param("source", instrument.provenance().source())
                .param("status", instrument.provenance().status().name()).update();
        for (int line = 0; line < instrument.provisions().size(); line++) {
            jdbc.sql("INSERT INTO mission_instrument_provision (instrument, line_no, sets) VALUES (:id, :line, :sets)")
                    .param("id", instrument.id()).param("line", line + 1)
                    .param("sets", instrument.provisions().get(line)).update();
        }
    }

    void insert(MissionPhase phase) {
        jdbc.sql("""
                INSERT INTO mission_phase (id, mission, name, from_date, until_date, description, source,
                    provenance_status)
                VALUES (:id, :mission, :name, :from, :until, :description, :source, :status)""")
                .param("id", phase.id()).param("mission", phase.mission()).param("name", phase.name())
                .param("from", phase.from()).param("until", phase.until()).param("description", phase.description())
                .param("source", phase.provenance().source()).param("status", phase.provenance().status().name())
                .update();
    }

    private static MissionRecord mission(ResultSet rs) throws SQLException {
        return new MissionRecord(rs.getString("code"), rs.getString("name"), rs.getString("nature"),
                rs.getString("purpose"), rs.getString("host_nation").trim(), rs.getString("invitation"),
                provenance(rs, "basis"), date(rs, "launched_on"), provenance(rs, "launch"),
                rs.getString("predecessor"), date(rs, "predecessor_ended_on"), provenance(rs, "predecessor"),
                date(rs, "ended_on"), rs.getString("end_note"), provenance(rs, "end"));
    }

    private static LegalInstrument instrument(ResultSet rs, List<String> provisions) throws SQLException {
        return new LegalInstrument(rs.getObject("id", UUID.class), rs.getString("mission"),
                InstrumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("parties"),
                date(rs, "signed_on"), date(rs, "ratified_on"), date(rs, "adopted_on"), date(rs, "expires_on"),
                provisions, rs.getString("note"), Provenance.read(rs, "source", null));
    }

    private static MissionPhase phase(ResultSet rs) throws SQLException {
        return new MissionPhase(rs.getObject("id", UUID.class), rs.getString("mission"), rs.getString("name"),
                date(rs, "from_date"), date(rs, "until_date"), rs.getString("description"),
                Provenance.read(rs, "source", null));
    }

    /** The provenance stored in {@code <prefix>_source} and {@code <prefix>_status}; null when none is. */
    private static Provenance provenance(ResultSet rs, String prefix) throws SQLException {
        return Provenance.read(rs, prefix + "_source", prefix + "_status", null);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String source(Provenance provenance) {
        return provenance == null ? null : provenance.source();
    }

    private static String status(Provenance provenance) {
        return provenance == null ? null : provenance.status().name();
    }
}
