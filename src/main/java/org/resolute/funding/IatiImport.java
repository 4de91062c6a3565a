package org.resolute.funding;

/** What an IATI import stored: pledges (incoming pledges and commitments) and receipts (incoming funds). */
public record IatiImport(int pledges, int receipts) {
}
