package org.resolute.funding.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an IATI import did: the pledges (incoming pledges and commitments) and receipts (incoming funds) it stored,
 * how many transactions of the file it left aside, and per activity of the file what it imported and what it
 * skipped, and why. A replay under the same Idempotency-Key answers the same report.
 */
public record IatiImport(int pledges, int receipts, int skippedTransactions, List<ActivityReport> activities) {

    public IatiImport {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /**
     * One iati-activity of the file, in file order.
     *
     * @param fund the fund the activity is (its iati-identifier), or null when it is no fund here
     * @param version the IATI version the activity is written in (its own, or the file's)
     */
    public record ActivityReport(String iatiIdentifier, String version, @Nullable String fund, int pledges,
            int receipts,
            List<Skipped> skipped) {

        public ActivityReport {
            skipped = skipped == null ? List.of() : List.copyOf(skipped);
        }
    }

    /**
     * Something of an activity left aside.
     *
     * @param transaction the transaction's position in its activity (from 1), or null when the whole activity is
     *     skipped
     */
    public record Skipped(@Nullable Integer transaction, SkipReason reason, String detail) {
    }

    /** Why an import leaves part of a file aside; none of these is an error in the file. */
    public enum SkipReason {
        /** The activity's iati-identifier is none of the funds kept here. */
        NOT_FOR_A_FUND_HERE,
        /** The provider-org names no donor kept here (or names none at all). */
        UNKNOWN_ORGANISATION,
        /** Not an incoming pledge (13), incoming commitment (11) or incoming funds (1). */
        TRANSACTION_TYPE_NOT_IMPORTED
    }
}
