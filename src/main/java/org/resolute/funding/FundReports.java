package org.resolute.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** What the books say: reconciliation, fund status, the host government's commitment, public totals. */
public interface FundReports {

    /** Per donor, fund and year, over the pledges and receipts the viewer may see. */
    List<ReconciliationLine> reconcile(PledgeFilter filter);

    FundStatus status(String fund, LocalDate asOf);

    List<HostCommitmentYear> hostCommitment();

    /** Every fund's cumulative contributions up to a date; aggregates of the books, public. */
    List<PublicFund> publicTotals(LocalDate asOf);

    /** A fund's contributions received by year, in US dollars, from the books. */
    SortedMap<Integer, BigDecimal> contributionsByYear(String fund);

    List<PublishedFigure> publishedFigures(String fund);
}
