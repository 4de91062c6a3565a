package org.resolute.force.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.force.NewStrengthReport;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.reference.NationCode;

/**
 * A strength report to record.
 *
 * @param asOf the date the source states the figure for; the report date when empty
 * @param classification PUBLIC when empty
 * @param releasableTo nations a MISSION or RESTRICTED report is released to; empty for all
 */
record StrengthReportRequest(@NationCode String nation, @Size(max = 20) String command,
        @Size(max = 20) String location, LocalDate reportDate, @PositiveOrZero Integer troops,
        @Size(max = 200) String source, LocalDate asOf, ProvenanceStatus provenanceStatus,
        Classification classification, @Size(max = 80) List<@NationCode String> releasableTo) {

    NewStrengthReport toReport() {
        if (reportDate == null) {
            throw new InvalidInput("reportDate", "reportDate is missing");
        }
        if (troops == null) {
            throw new InvalidInput("troops", "troops is missing");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInput("source", "source is missing: say where the figure comes from");
        }
        if (provenanceStatus == null) {
            throw new InvalidInput("provenanceStatus", "provenanceStatus is missing");
        }
        Marking marking;
        try {
            marking = Marking.of(classification == null ? Classification.PUBLIC : classification,
                    releasableTo == null ? List.of() : releasableTo);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", e.getMessage());
        }
        return new NewStrengthReport(upper(nation), upper(command), upper(location), reportDate, troops,
                new Provenance(source.trim(), asOf == null ? reportDate : asOf, provenanceStatus), marking);
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
