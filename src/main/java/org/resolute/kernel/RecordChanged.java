package org.resolute.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * Published, inside the writing transaction, by code that changes a record without a Spring Data repository
 * (bulk or set-based writes); repositories' saves and deletes reach the audit trail without it.
 *
 * @param recordType the aggregate's name, e.g. "Pledge"
 * @param recordId its id
 * @param after the record as it now is; empty when it was deleted
 * @param marking the record's marking, which the audit entry inherits
 * @param created true when the writer has just created the record (a new id), so it has no earlier history: the
 *        audit trail then records a creation without looking for an earlier entry
 */
public record RecordChanged(String recordType, String recordId, Optional<Object> after, Marking marking,
        boolean created) {

    public RecordChanged {
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(recordId);
        Objects.requireNonNull(marking);
    }

    /** A record created or changed; the audit trail tells which from the record's earlier entries. */
    public static RecordChanged saved(String recordType, Object id, Object after, Marking marking) {
        return new RecordChanged(recordType, String.valueOf(id), Optional.of(after), marking, false);
    }

    /** A record the writer has just created under a new id, such as a posting: it has no earlier entries. */
    public static RecordChanged created(String recordType, Object id, Object after, Marking marking) {
        return new RecordChanged(recordType, String.valueOf(id), Optional.of(after), marking, true);
    }

    public static RecordChanged deleted(String recordType, Object id, Marking marking) {
        return new RecordChanged(recordType, String.valueOf(id), Optional.empty(), marking, false);
    }
}
