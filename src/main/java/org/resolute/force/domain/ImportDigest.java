package org.resolute.force.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.resolute.force.StrengthReport;

/** The digest of an import's reports, computed as {@link ImportedFile#DIGEST_RULE} says. */
final class ImportDigest {

    private ImportDigest() {
    }

    static String of(List<StrengthReport> reports) {
        MessageDigest sha256 = sha256();
        reports.stream().sorted(Comparator.comparing(StrengthReport::id)).forEach(report -> sha256.update(
                line(report).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String line(StrengthReport report) {
        return String.join("|", report.id().toString(), report.nation(), report.command(), report.location(),
                report.reportDate().toString(), String.valueOf(report.troops()), report.provenance().source(),
                report.provenance().asOf() == null ? "" : report.provenance().asOf().toString(),
                report.provenance().status().name(), report.marking().classification().name(),
                report.marking().releasabilityText()) + "\n";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
