package org.resolute.funding.domain;

import java.util.Locale;

/**
 * Which contributions to list or reconcile, pledged (pledges) or received (receipts): by donor, fund and year
 * (a pledge's year, or the pledge year a receipt pays), each optional.
 */
public record ContributionFilter(String donor, String fund, Integer year) {

    public static final ContributionFilter ALL = new ContributionFilter(null, null, null);

    public ContributionFilter {
        donor = donor == null || donor.isBlank() ? null : donor.strip().toUpperCase(Locale.ROOT);
        fund = fund == null || fund.isBlank() ? null : fund.strip().toUpperCase(Locale.ROOT);
    }
}
