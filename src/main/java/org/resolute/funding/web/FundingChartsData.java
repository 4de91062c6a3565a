package org.resolute.funding.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.Receipts;
import org.resolute.funding.domain.ReconciliationLine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overview's chart data for the ANA Trust Fund: contributions by donor and year and pledged against received
 * (from the records the viewer may see), and cumulative contributions (from the books, over the entries of those
 * records: each journal entry carries its record's marking).
 */
@RestController
class FundingChartsData {

    private static final String FUND = "ANATF";

    private final Receipts receipts;
    private final FundReports reports;

    FundingChartsData(Receipts receipts, FundReports reports) {
        this.receipts = receipts;
        this.reports = reports;
    }

    @GetMapping("/funding/charts/data")
    Charts data() {
        Map<String, SortedMap<Integer, BigDecimal>> byDonor = new TreeMap<>();
        for (Receipt receipt : receipts.list(new ContributionFilter(null, FUND, null))) {
            byDonor.computeIfAbsent(receipt.donor(), donor -> new TreeMap<>())
                    .merge(receipt.valueDate().getYear(), receipt.usd().amount(), BigDecimal::add);
        }
        SortedMap<Integer, BigDecimal> pledged = new TreeMap<>();
        SortedMap<Integer, BigDecimal> received = new TreeMap<>();
        for (ReconciliationLine line : reports.reconcile(new ContributionFilter(null, FUND, null))) {
            if (line.pledgedUsd() != null) {
                pledged.merge(line.year(), line.pledgedUsd(), BigDecimal::add);
            }
            received.merge(line.year(), line.receivedUsd(), BigDecimal::add);
        }
        SortedMap<Integer, BigDecimal> cumulative = new TreeMap<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> year : reports.contributionsByYear(FUND).entrySet()) {
            running = running.add(year.getValue());
            cumulative.put(year.getKey(), running);
        }
        List<Integer> years = new TreeMap<>(pledged).keySet().stream().toList();
        return new Charts(years, byDonor, pledged, received, cumulative);
    }

    /** Series keyed by year. */
    record Charts(List<Integer> years, Map<String, SortedMap<Integer, BigDecimal>> contributionsByDonor,
            SortedMap<Integer, BigDecimal> pledgedUsd, SortedMap<Integer, BigDecimal> receivedUsd,
            SortedMap<Integer, BigDecimal> cumulativeUsd) {
    }
}
