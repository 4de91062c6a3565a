package org.resolute.funding;

/** Which pledges or receipts to list: by donor, fund and year, each optional. */
public record PledgeFilter(String donor, String fund, Integer year) {

    public static final PledgeFilter ALL = new PledgeFilter(null, null, null);

    public PledgeFilter {
        donor = donor == null || donor.isBlank() ? null : donor.strip().toUpperCase(java.util.Locale.ROOT);
        fund = fund == null || fund.isBlank() ? null : fund.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
