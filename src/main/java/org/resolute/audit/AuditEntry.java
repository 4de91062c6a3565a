package org.resolute.audit;

import java.time.Instant;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.springframework.modulith.NamedInterface;

/**
 * One change to one record, as the trail keeps it.
 *
 * @param before the record as it was (JSON), null when it was created
 * @param after the record as it became (JSON), null when it was deleted
 * @param marking the record's marking, which decides who may see the entry
 * @param chainPosition where the entry sits in the hash chain; null until it is sealed
 */
@NamedInterface("api")
public record AuditEntry(long id, Instant occurredAt, String actor, String module, String recordType,
        String recordId, AuditAction action, String before, String after, Marking marking, Long chainPosition)
        implements Marked {

    public boolean sealed() {
        return chainPosition != null;
    }
}
