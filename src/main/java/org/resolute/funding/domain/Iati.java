package org.resolute.funding.domain;

import java.io.InputStream;
import java.time.LocalDate;

/** IATI 2.03 activity files: a fund's activity with its transactions out, incoming records in. */
public interface Iati {

    /**
     * The fund's activity as of a date, valid against the IATI 2.03 schema: the transactions the viewer may see,
     * and the fund's contributions whose receipts the viewer may not see as one incoming-funds transaction a year,
     * so that its incoming funds add up to the public cumulative contributions at that date.
     */
    String export(String fund, LocalDate asOf);

    /**
     * Imports an IATI activity file (2.01 to 2.03, the version on the root or on each activity; the encoding from
     * the file) as incoming records: incoming pledges (13), commitments (11) and funds (1) of known donors to the
     * fund whose IATI identifier the activity carries. Answers what it stored and, per activity, what it skipped
     * and why. All or nothing; an error names the element, and a file of IATI 1.x is refused naming its version.
     */
    IatiImport importActivities(String idempotencyKey, InputStream xml);
}
