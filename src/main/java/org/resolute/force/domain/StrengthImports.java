package org.resolute.force.domain;

import java.io.Reader;

import org.resolute.force.StrengthReports;
import org.resolute.force.domain.StrengthImport;

/** Imports of strength reports that a client may safely retry: one Idempotency-Key, one import. */
public interface StrengthImports {

    /**
     * Imports the file as {@link StrengthReports#importCsv} does; with a key, a second call with the same key
     * answers the first call's result and imports nothing. A blank key imports every time.
     */
    StrengthImport importCsv(String idempotencyKey, String file, Reader csv);
}
