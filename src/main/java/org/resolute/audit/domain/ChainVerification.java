package org.resolute.audit.domain;

/**
 * The outcome of recomputing the hash chain. It names only where the chain breaks and how, never the content of
 * an entry, so it can be shown to any auditor whatever their clearance.
 *
 * @param checkedEntries sealed entries found intact before the break (all of them when valid)
 * @param firstBrokenEntry id of the first entry that does not match; null when valid or when the chain's tail
 *        is missing
 * @param firstBrokenPosition the chain position where the break was found; null when valid
 * @param problem what does not match; null when valid
 * @param unsealedEntries entries written but not yet sealed into the chain
 */
public record ChainVerification(boolean valid, long checkedEntries, Long firstBrokenEntry, Long firstBrokenPosition,
        String problem, long unsealedEntries) {
}
