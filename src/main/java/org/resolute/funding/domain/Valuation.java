package org.resolute.funding.domain;

import java.time.LocalDate;

/**
 * What a report says of a record it cannot value: one row shown as "no rate for EUR on 2005-01-01", the rest of
 * the report valued as usual. A report never fails as a whole for one record.
 */
final class Valuation {

    private Valuation() {
    }

    static String noRate(String currency, LocalDate on) {
        return "no rate for " + currency + " on " + on;
    }

    /** Raised inside one row of a report when a rate it needs is not on file; the row is then shown unvalued. */
    static final class NoRate extends RuntimeException {

        NoRate(String currency, LocalDate on) {
            super(noRate(currency, on), null, false, false);
        }
    }
}
