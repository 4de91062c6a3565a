package org.resolute.force.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;

/**
 * An import that stored strength reports: the file, who imported it and when, and the SHA-256 digest of the
 * reports it stored. Marked as restrictively as the most restricted of those reports, so whoever sees it may see
 * all of them.
 *
 * @param digest SHA-256 (hex) over the stored reports in id order, as {@link #DIGEST_RULE} says
 */
public record ImportedFile(UUID id, String fileName, String digest, int stored, int unchanged, LocalDate firstDate,
        LocalDate lastDate, String importedBy, Instant importedAt, Marking marking) implements Marked {

    /** How the digest is computed, shown with every check so anyone can recompute it. */
    public static final String DIGEST_RULE = "SHA-256 of one UTF-8 line per report in id order: id, nation, "
            + "command, location, report date, troops, source, as-of date, provenance status, classification, "
            + "releasable-to, separated by '|' and ended by a line feed";
}
