package org.resolute.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.MarkedTable;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions, read through the viewer's marking filter, and their effects, which are read only for decisions the
 * viewer has already been given.
 */
@Repository
class DecisionTables extends MarkedTable<GovernanceFilter, Decision> {

    private final JdbcClient jdbc;

    DecisionTables(JdbcClient jdbc, MarkedRecords records) {
        super(records, "governance_decision", "d", "d.decided_on", (rs, n) -> decision(rs));
        this.jdbc = jdbc;
    }

    List<Decision> takenAt(UUID meeting) {
        return listWhere("d.meeting = :meeting", "meeting", meeting);
    }

    /** The commitment and the decisions that reaffirm it, oldest first. */
    List<Decision> history(UUID commitment) {
        return listWhere("d.id = :id OR d.reaffirms = :id", "id", commitment);
    }

    void insert(Decision decision) {
        MapSqlParameterSource values = RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource(),
                decision.marking()), decision.provenance()).addValue("id", decision.id())
                .addValue("meeting", decision.meeting()).addValue("kind", decision.kind().name())
                .addValue("title", decision.title()).addValue("text", decision.text())
                .addValue("decidedOn", decision.decidedOn()).addValue("from", decision.effectiveFrom())
                .addValue("until", decision.effectiveUntil()).addValue("reaffirms", decision.reaffirms());
        jdbc.sql("""
                INSERT INTO governance_decision (id, meeting, kind, title, text, decided_on, effective_from,
                    effective_until, reaffirms, source, as_of, provenance_status, classification, releasable_to,
                    version)
                VALUES (:id, :meeting, :kind, :title, :text, :decidedOn, :from, :until, :reaffirms, :source, :asOf,
                    :provenanceStatus, :classification, :releasableTo, 0)""").paramSource(values).update();
    }

    List<DecisionEffect> effects(UUID decision) {
        return jdbc.sql("SELECT * FROM governance_decision_effect WHERE decision = :decision ORDER BY recorded_at, id")
                .param("decision", decision).query((rs, n) -> effect(rs)).list();
    }

    /** Effects on a record; callers keep only those whose decision the viewer may see. */
    List<DecisionEffect> effectsOn(EffectKind kind, String recordRef) {
        return jdbc.sql("""
                SELECT * FROM governance_decision_effect WHERE kind = :kind AND record_ref = :ref
                ORDER BY recorded_at, id""").param("kind", kind.name()).param("ref", recordRef)
                .query((rs, n) -> effect(rs)).list();
    }

    void insert(DecisionEffect effect) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", effect.id());
        values.put("decision", effect.decision());
        values.put("kind", effect.kind().name());
        values.put("ref", effect.recordRef());
        values.put("summary", effect.summary());
        values.put("by", effect.recordedBy());
        values.put("at", OffsetDateTime.ofInstant(effect.recordedAt(), ZoneOffset.UTC));
        jdbc.sql("""
                INSERT INTO governance_decision_effect (id, decision, kind, record_ref, summary, recorded_by,
                    recorded_at)
                VALUES (:id, :decision, :kind, :ref, :summary, :by, :at)""").params(values).update();
    }

    @Override
    protected MarkedQuery matching(GovernanceFilter filter) {
        return all().whereIfPresent(filter.checked().kind(), "d.kind = :kind", "kind")
                .whereIfPresent(filter.from(), "d.decided_on >= :from", "from")
                .whereIfPresent(filter.until(), "d.decided_on <= :until", "until")
                .whereIfPresent(filter.textPattern(), "LOWER(d.title) LIKE :text OR LOWER(d.text) LIKE :text",
                        "text")
                .sortable("decidedOn", "d.decided_on").sortable("title", "d.title").sortable("kind", "d.kind");
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getObject("id", UUID.class), rs.getObject("meeting", UUID.class),
                DecisionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_until", LocalDate.class), rs.getObject("reaffirms", UUID.class),
                Provenance.read(rs), Marking.read(rs), rs.getLong("version"));
    }

    private static DecisionEffect effect(ResultSet rs) throws SQLException {
        EffectKind kind = EffectKind.valueOf(rs.getString("kind"));
        String ref = rs.getString("record_ref");
        Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new DecisionEffect(rs.getObject("id", UUID.class), rs.getObject("decision", UUID.class), kind, ref,
                rs.getString("summary"), EffectLinks.link(kind, ref), rs.getString("recorded_by"), at);
    }
}
