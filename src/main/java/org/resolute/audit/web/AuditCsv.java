package org.resolute.audit.web;

import java.util.List;

import org.resolute.audit.AuditEntry;

/** The trail as CSV (RFC 4180): a header line, CRLF line ends, fields quoted when they need it. */
final class AuditCsv {

    private static final List<String> HEADER = List.of("id", "occurredAt", "actor", "module", "recordType",
            "recordId", "action", "classification", "releasableTo", "before", "after", "chainPosition");

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (AuditEntry entry : entries) {
            line(csv, List.of(String.valueOf(entry.id()), entry.occurredAt().toString(), entry.actor(),
                    entry.module(), entry.recordType(), entry.recordId(), entry.action().name(),
                    entry.marking().classification().name(), entry.marking().releasabilityText(),
                    text(entry.before()), text(entry.after()),
                    entry.chainPosition() == null ? "" : entry.chainPosition().toString()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
