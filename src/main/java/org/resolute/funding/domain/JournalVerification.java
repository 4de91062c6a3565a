package org.resolute.funding.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing the journal's hash chain and of checking every receipt against its posting. It names
 * where the chain breaks, never what an entry says, and which receipts disagree with the journal.
 *
 * @param valid the chain holds and every receipt agrees with its posting
 * @param checkedEntries sealed entries found intact before the break (all of them when valid)
 * @param firstBrokenEntry id of the first entry that does not match; null when valid or when the tail is missing
 * @param problem what does not match; null when valid
 * @param unsealedEntries entries written but not yet sealed
 * @param checkedReceipts receipts compared with their postings
 * @param receiptDisagreements receipts whose posting is missing, reversed or posts other amounts; empty when they
 *        all agree
 */
public record JournalVerification(boolean valid, long checkedEntries, @Nullable Long firstBrokenEntry,
        @Nullable String problem,
        long unsealedEntries, long checkedReceipts, List<ReceiptDisagreement> receiptDisagreements) {

    public JournalVerification {
        receiptDisagreements = List.copyOf(receiptDisagreements);
    }

    /** The chain's verification with the receipts' agreement added: valid only if both hold. */
    public JournalVerification withReceipts(long checked, List<ReceiptDisagreement> disagreements) {
        String found = disagreements.isEmpty() ? null : disagreements.size() + " receipt(s) disagree with the "
                + "journal, first " + disagreements.get(0).receipt() + ": " + disagreements.get(0).problem();
        return new JournalVerification(valid && disagreements.isEmpty(), checkedEntries, firstBrokenEntry,
                problem != null ? problem + (found == null ? "" : "; " + found) : found, unsealedEntries, checked,
                disagreements);
    }
}
