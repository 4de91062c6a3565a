package org.resolute.kernel.chain;

/**
 * The outcome of recomputing a hash chain. It names only where the chain breaks and how, never what an entry
 * says.
 *
 * @param checkedEntries sealed entries found intact before the break (all of them when valid)
 * @param firstBrokenEntry id of the first entry that does not match; null when valid or when the tail is missing
 * @param firstBrokenPosition the chain position where the break was found; null when valid
 * @param problem what does not match; null when valid
 * @param unsealedEntries entries written but not yet sealed
 */
public record ChainCheck(boolean valid, long checkedEntries, Long firstBrokenEntry, Long firstBrokenPosition,
        String problem, long unsealedEntries) {

    static ChainCheck intact(long checkedEntries, long unsealedEntries) {
        return new ChainCheck(true, checkedEntries, null, null, null, unsealedEntries);
    }

    static ChainCheck broken(long checkedEntries, Long entry, long position, String problem, long unsealedEntries) {
        return new ChainCheck(false, checkedEntries, entry, position, problem, unsealedEntries);
    }
}
