package org.resolute.audit.domain;

import java.time.Instant;

import org.resolute.audit.AuditAction;
import org.resolute.kernel.Marking;

/** An entry as a writer appends it, before it is sealed. */
record NewEntry(Instant occurredAt, String actor, String module, String recordType, String recordId,
        AuditAction action, String before, String after, Marking marking) {
}
