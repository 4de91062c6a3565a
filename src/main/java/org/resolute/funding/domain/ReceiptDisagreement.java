package org.resolute.funding.domain;

import java.util.UUID;

/**
 * A receipt on which the receipts table and the journal disagree: reconciliation and the IATI export read the one,
 * fund status and the public totals the other, so they must agree to the cent.
 *
 * @param receipt the receipt's id; for a receipt posting whose receipt is gone, the id its posting names
 * @param posting the posting it concerns
 */
public record ReceiptDisagreement(UUID receipt, UUID posting, String problem) {
}
