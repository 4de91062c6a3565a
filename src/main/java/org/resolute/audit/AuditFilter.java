package org.resolute.audit;

import java.time.LocalDate;

import org.resolute.kernel.InvalidInput;
import org.springframework.modulith.NamedInterface;

/**
 * What an auditor narrows the trail to; every part is optional.
 *
 * @param from first day (UTC) of changes to show
 * @param to last day (UTC) of changes to show, inclusive
 */
@NamedInterface("api")
public record AuditFilter(String actor, String module, String recordType, String recordId, AuditAction action,
        LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        actor = trimmed(actor);
        module = trimmed(module);
        recordType = trimmed(recordType);
        recordId = trimmed(recordId);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "'to' must not be before 'from'");
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
