package org.resolute.force.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.resolute.force.StrengthReport;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Provenance;

/** A strength report as the API shows it. */
record StrengthReportResponse(UUID id, String nation, String command, String location, LocalDate reportDate,
        int troops, Provenance provenance, Classification classification, Set<String> releasableTo,
        Instant createdAt, long version) {

    static StrengthReportResponse of(StrengthReport report) {
        return new StrengthReportResponse(report.id(), report.nation(), report.command(), report.location(),
                report.reportDate(), report.troops(), report.provenance(), report.marking().classification(),
                report.marking().releasableTo(), report.createdAt(), report.version());
    }
}
