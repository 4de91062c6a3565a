package org.resolute.audit.web;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditFilter;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;

/**
 * The filter form of the audit page, as the browser sends it; every field may be left empty. A date range is
 * {@code from} and {@code until}, as on every list; what cannot be read is refused naming its field.
 */
public record AuditFilterForm(String actor, String module, String recordType, String recordId, String action,
        String from, String until, String sort, Integer page) {

    AuditFilter toFilter() {
        LocalDate start = date("from", from);
        LocalDate end = date("until", until);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInput("until", "audit.error.range", "'until' must not be before 'from'");
        }
        AuditAction chosen;
        try {
            chosen = AuditAction.parse(action);
        } catch (InvalidInput refused) {
            throw new InvalidInput("action", "error.choice", refused.getMessage());
        }
        return new AuditFilter(actor, module, recordType, recordId, chosen, start, end);
    }

    /** Whether the auditor narrowed the trail at all, so that an empty page says "nothing matches". */
    public boolean filtered() {
        return Stream.of(actor, module, recordType, recordId, action, from, until)
                .anyMatch(value -> value != null && !value.isBlank());
    }

    int pageNumber() {
        return page == null ? 0 : Math.max(page, 0);
    }

    String sortOrder() {
        return sort == null ? "" : sort.trim();
    }

    private static LocalDate date(String field, String text) {
        try {
            return InputDates.parse(text, field);
        } catch (InvalidInput refused) {
            throw new InvalidInput(field, "error.date", refused.getMessage());
        }
    }
}
