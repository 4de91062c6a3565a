package org.resolute.funding;

/**
 * The outcome of recomputing the journal's hash chain. It names where the chain breaks, never what an entry says.
 *
 * @param checkedEntries sealed entries found intact before the break (all of them when valid)
 * @param firstBrokenEntry id of the first entry that does not match; null when valid or when the tail is missing
 * @param problem what does not match; null when valid
 * @param unsealedEntries entries written but not yet sealed
 */
public record JournalVerification(boolean valid, long checkedEntries, Long firstBrokenEntry, String problem,
        long unsealedEntries) {
}
