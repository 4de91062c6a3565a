package org.resolute.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Everything an entry says, as stored: the part of a row that its hash vouches for. */
public record EntryContent(long id, Instant occurredAt, String actor, String module, String recordType,
        String recordId, String action, String before, String after, String classification, String releasableTo) {

    static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.module, e.record_type, e.record_id, e.action, "
            + "e.before_state, e.after_state, e.classification, e.releasable_to";

    static EntryContent from(ResultSet row) throws SQLException {
        return new EntryContent(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("module"), row.getString("record_type"),
                row.getString("record_id"), row.getString("action"), row.getString("before_state"),
                row.getString("after_state"), row.getString("classification"), row.getString("releasable_to"));
    }
}
