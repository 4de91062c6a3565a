package org.resolute.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditEntry;
import org.resolute.audit.AuditFilter;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored entries. Writers only ever insert; every read for people goes through {@link MarkedRecords}, so an
 * auditor sees only entries about records their clearance and nation allow.
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.module, e.record_type, e.record_id, "
            + "e.action, e.before_state, e.after_state, e.classification, e.releasable_to, e.chain_position";

    private final NamedParameterJdbcTemplate jdbc;
    private final MarkedRecords markedRecords;

    AuditEntries(NamedParameterJdbcTemplate jdbc, MarkedRecords markedRecords) {
        this.jdbc = jdbc;
        this.markedRecords = markedRecords;
    }

    void append(NewEntry entry) {
        jdbc.update("""
                INSERT INTO audit_entry (occurred_at, actor, module, record_type, record_id, action, before_state,
                                         after_state, classification, releasable_to)
                VALUES (:occurredAt, :actor, :module, :recordType, :recordId, :action, :before, :after,
                        :classification, :releasableTo)
                """, RecordColumns.marking(new MapSqlParameterSource()
                .addValue("occurredAt", entry.occurredAt().atOffset(ZoneOffset.UTC))
                .addValue("actor", entry.actor())
                .addValue("module", entry.module())
                .addValue("recordType", entry.recordType())
                .addValue("recordId", entry.recordId())
                .addValue("action", entry.action().name())
                .addValue("before", entry.before())
                .addValue("after", entry.after()), entry.marking()));
    }

    /** The latest entry about a record, whoever may see it: the writer needs it to know what the record was. */
    Optional<NewEntry> latest(String recordType, String recordId) {
        return jdbc.query("""
                SELECT occurred_at, actor, module, record_type, record_id, action, before_state, after_state,
                       classification, releasable_to
                FROM audit_entry WHERE record_type = :recordType AND record_id = :recordId
                ORDER BY id DESC LIMIT 1
                """, Map.of("recordType", recordType, "recordId", recordId),
                (row, n) -> new NewEntry(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        row.getString("actor"), row.getString("module"), row.getString("record_type"),
                        row.getString("record_id"), AuditAction.valueOf(row.getString("action")),
                        row.getString("before_state"), row.getString("after_state"), Marking.read(row)))
                .stream().findFirst();
    }

    public PageResult<AuditEntry> page(AuditFilter filter, PageQuery page) {
        return markedRecords.page(query(filter), page, (row, n) -> entry(row));
    }

    /** Every visible entry that matches, newest first: for exports. */
    public List<AuditEntry> list(AuditFilter filter) {
        return markedRecords.list(query(filter), (row, n) -> entry(row));
    }

    public long count(AuditFilter filter) {
        return markedRecords.count(query(filter));
    }

    /**
     * Which of these records were deleted since, as "type/id": a deleted record has no page to link to. It says
     * only whether records the viewer already sees were deleted, so it reads past the markings.
     */
    public Set<String> deletedAmong(Collection<AuditEntry> shown) {
        List<String> ids = shown.stream().map(AuditEntry::recordId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("""
                SELECT DISTINCT record_type, record_id FROM audit_entry
                WHERE action = 'DELETED' AND record_id IN (:ids)
                """, Map.of("ids", ids), (row, n) -> row.getString("record_type") + "/" + row.getString("record_id")));
    }

    /** Visible entries not yet sealed into the chain. */
    public long countUnsealed() {
        return markedRecords.count(query(AuditFilter.NONE).where("e.chain_position IS NULL"));
    }

    private static MarkedQuery query(AuditFilter filter) {
        return MarkedQuery.select(COLUMNS).from("audit_entry", "e")
                .whereIfPresent(filter.actor(), "e.actor = :actor", "actor")
                .whereIfPresent(filter.module(), "e.module = :module", "module")
                .whereIfPresent(filter.recordType(), "e.record_type = :recordType", "recordType")
                .whereIfPresent(filter.recordId(), "e.record_id = :recordId", "recordId")
                .whereIfPresent(filter.action() == null ? null : filter.action().name(), "e.action = :action",
                        "action")
                .whereIfPresent(startOf(filter.from()), "e.occurred_at >= :from", "from")
                .whereIfPresent(startOf(filter.to() == null ? null : filter.to().plusDays(1)),
                        "e.occurred_at < :toExclusive", "toExclusive")
                .sortable("occurredAt", "e.occurred_at")
                .sortable("actor", "e.actor")
                .sortable("module", "e.module")
                .orderByDefault("e.occurred_at DESC, e.id DESC");
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        long position = row.getLong("chain_position");
        Long chainPosition = row.wasNull() ? null : position;
        return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("module"), row.getString("record_type"),
                row.getString("record_id"), AuditAction.valueOf(row.getString("action")),
                row.getString("before_state"), row.getString("after_state"), Marking.read(row),
                chainPosition);
    }
}
