package org.resolute.force.domain;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthReport;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.kernel.csv.CsvRecord.BadField;
import org.resolute.kernel.csv.CsvWriter;

/** The CSV form of strength reports, the same for export and import, so that an export imports back unchanged. */
final class StrengthCsv {

    static final List<String> COLUMNS = List.of("nation", "command", "location", "report_date", "troops", "source",
            "as_of", "provenance_status", "classification", "releasable_to");

    private StrengthCsv() {
    }

    /** A line as a report; {@link BadField} for a value that cannot be read. */
    static NewStrengthReport read(CsvRecord record) {
        LocalDate reportDate = record.date("report_date");
        Integer troops = record.optionalInteger("troops");
        if (troops == null) {
            throw new BadField("troops is empty");
        }
        LocalDate asOf = record.optionalDate("as_of");
        Provenance provenance = new Provenance(record.required("source"), asOf == null ? reportDate : asOf,
                record.oneOf("provenance_status", ProvenanceStatus.class));
        String classification = record.text("classification");
        Marking marking;
        try {
            marking = Marking.of(classification.isEmpty() ? Classification.PUBLIC
                    : record.oneOf("classification", Classification.class),
                    record.text("releasable_to").replace(';', ','));
        } catch (IllegalArgumentException e) {
            throw new BadField("releasable_to: " + e.getMessage());
        }
        return new NewStrengthReport(upper(record.required("nation")), upper(record.required("command")),
                upper(record.required("location")), reportDate, troops, provenance, marking);
    }

    static String write(List<StrengthReport> reports) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).line(COLUMNS);
        for (StrengthReport report : reports) {
            Provenance provenance = report.provenance();
            csv.line(report.nation(), report.command(), report.location(), report.reportDate().toString(),
                    Integer.toString(report.troops()), provenance.source(),
                    provenance.asOf() == null ? "" : provenance.asOf().toString(), provenance.status().name(),
                    report.marking().classification().name(), report.marking().releasabilityText());
        }
        return out.toString();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
