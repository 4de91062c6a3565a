package org.resolute.audit.web;

import java.util.List;

import org.resolute.audit.AuditEntry;
import org.resolute.kernel.csv.Csv;

/** The trail as CSV (RFC 4180): a header line, CRLF line ends, fields quoted when they need it. */
final class AuditCsv {

    private static final List<String> HEADER = List.of("id", "occurredAt", "actor", "module", "recordType",
            "recordId", "action", "classification", "releasableTo", "before", "after", "chainPosition");

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        for (AuditEntry entry : entries) {
            csv.append(Csv.row(List.of(String.valueOf(entry.id()), entry.occurredAt().toString(), entry.actor(),
                    entry.module(), entry.recordType(), entry.recordId(), entry.action().name(),
                    entry.marking().classification().name(), entry.marking().releasabilityText(),
                    text(entry.before()), text(entry.after()),
                    entry.chainPosition() == null ? "" : entry.chainPosition().toString())));
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
