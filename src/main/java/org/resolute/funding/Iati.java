package org.resolute.funding;

import java.io.Reader;

/** IATI 2.03 activity files: a fund's activity with its transactions out, incoming records in. */
public interface Iati {

    /** The fund's activity with the transactions the viewer may see, valid against the IATI 2.03 schema. */
    String export(String fund);

    /**
     * Imports an IATI activity file (2.01 to 2.03) as incoming records: incoming pledges (13), commitments (11)
     * and funds (1) of known donors to the fund whose IATI identifier the activity carries. All or nothing; an error
     * names the element.
     */
    IatiImport importActivities(String idempotencyKey, Reader xml);
}
