package org.resolute.audit.api;

import org.jspecify.annotations.Nullable;
import org.resolute.audit.domain.ChainVerification;

/**
 * The outcome of verifying the chain.
 *
 * @param firstBrokenEntry id of the first entry that does not match; null when the chain is intact or its tail
 *        is missing
 * @param problem what does not match, with the chain position; null when intact
 */
record ChainVerificationResponse(boolean valid, long checkedEntries, @Nullable Long firstBrokenEntry,
        @Nullable String problem,
        long unsealedEntries) {

    static ChainVerificationResponse of(ChainVerification verification) {
        String problem = verification.valid() ? null
                : "position " + verification.firstBrokenPosition() + ": " + verification.problem();
        return new ChainVerificationResponse(verification.valid(), verification.checkedEntries(),
                verification.firstBrokenEntry(), problem, verification.unsealedEntries());
    }
}
