package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.resolute.funding.Fund;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports computed from the books and the records the viewer may see; no figure is typed in. Every figure read
 * from the journal is summed through the viewer's marking filter (each entry carries its record's marking), so a
 * donor's fund status and contributions add up the receipts and movements that donor can list; only the public
 * totals are published over every record, and say so.
 */
@Service
@Transactional(readOnly = true)
public class FundReports {

    static final String HOST = "HOST";

    private final PledgeTable pledges;
    private final ReceiptTable receipts;
    private final FundBook register;
    private final Ledger ledger;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int overdueAfterDays;

    FundReports(PledgeTable pledges, ReceiptTable receipts, FundBook register, Ledger ledger,
            NamedParameterJdbcTemplate jdbc, Clock clock,
            @Value("${resolute.funding.overdue-after-days:180}") int overdueAfterDays) {
        this.pledges = pledges;
        this.receipts = receipts;
        this.register = register;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
        this.overdueAfterDays = overdueAfterDays;
    }

    public List<ReconciliationLine> reconcile(ContributionFilter filter) {
        ContributionFilter byDonorAndFund = new ContributionFilter(filter.donor(), filter.fund(), null);
        List<ReconciliationLine> lines = new Reconciliation((currency, on) -> register.findRate(currency, on)
                .map(ExchangeRate::usdPerUnit).orElse(null), LocalDate.now(clock), overdueAfterDays)
                .lines(pledges.list(byDonorAndFund), receipts.list(byDonorAndFund));
        return filter.year() == null ? lines
                : lines.stream().filter(line -> line.year() == filter.year()).toList();
    }

    public FundStatus status(String code, LocalDate asOf) {
        Fund fund = register.fund(code);
        BigDecimal contributions = ledger.total(fund.code(), AccountKind.CONTRIBUTION, "USD", asOf).negate();
        BigDecimal open = ledger.total(fund.code(), AccountKind.ALLOCATED, "USD", asOf);
        BigDecimal expended = ledger.total(fund.code(), AccountKind.EXPENDED, "USD", asOf);
        BigDecimal payable = ledger.total(fund.code(), AccountKind.PAYABLE, "USD", asOf).negate();
        BigDecimal allocated = open.add(expended);
        List<CashHolding> cash = new ArrayList<>();
        BigDecimal cashUsd = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> held : ledger.totalsByCurrency(fund.code(), AccountKind.BANK, asOf)
                .entrySet()) {
            CashHolding holding = holding(new Money(held.getValue(), Currency.getInstance(held.getKey())), asOf);
            cash.add(holding);
            cashUsd = holding.usd() == null ? cashUsd : cashUsd.add(holding.usd());
        }
        return new FundStatus(fund.code(), fund.name(), asOf, usd(contributions), usd(allocated),
                usd(allocated.subtract(payable)), usd(expended), usd(contributions.subtract(allocated)), cash,
                usd(cashUsd));
    }

    /** The cash in a currency valued at the rate of the date, or marked as not valued when there is none. */
    private CashHolding holding(Money amount, LocalDate asOf) {
        return register.findRate(amount.currencyCode(), asOf)
                .map(rate -> new CashHolding(amount, usd(amount.amount().multiply(rate.usdPerUnit())),
                        rate.usdPerUnit(), AccountOpeningPostings.USD.equals(amount.currencyCode()) ? "no conversion"
                                : rate.source(), rate.rateDate(), null))
                .orElseGet(() -> new CashHolding(amount, null, null, null, null,
                        Valuation.noRate(amount.currencyCode(), asOf)));
    }

    public List<HostCommitmentYear> hostCommitment() {
        PublishedFigure commitment = publishedFigures("ANSF model").stream()
                .filter(figure -> figure.scope().equals("Afghan government")).findFirst().orElse(null);
        if (commitment == null) {
            return List.of();
        }
        SortedMap<Integer, BigDecimal> contributed = contributionsByYear(HOST);
        boolean illustrative = pledgesOrReceiptsIllustrative();
        List<HostCommitmentYear> years = new ArrayList<>();
        BigDecimal before = null;
        int last = Math.max(LocalDate.now(clock).getYear() - 1, contributed.isEmpty() ? 2015 : contributed.lastKey());
        for (int year = 2015; year <= last; year++) {
            BigDecimal amount = contributed.getOrDefault(year, BigDecimal.ZERO);
            years.add(new HostCommitmentYear(year, commitment.amount(), amount,
                    amount.compareTo(commitment.amount()) >= 0, before != null && amount.compareTo(before) > 0,
                    commitment.provenance(), illustrative));
            before = amount;
        }
        return years;
    }

    private boolean pledgesOrReceiptsIllustrative() {
        return receipts.provenanceStatuses(HOST, null).contains(ProvenanceStatus.ILLUSTRATIVE);
    }

    /**
     * The published totals: over every receipt of the fund, whatever its marking and whoever asks, so they are
     * read as the system and carry the flag and provenance of a published figure. Only these totals are published;
     * the detail behind them is read for each viewer.
     */
    public List<PublicFund> publicTotals(LocalDate asOf) {
        return Viewers.runAs(Viewer.SYSTEM, () -> register.funds().stream().map(fund -> new PublicFund(fund.code(),
                fund.name(), usd(ledger.total(fund.code(), AccountKind.CONTRIBUTION, "USD", asOf).negate()), asOf,
                true, new Provenance(fund.code() + " books: every contribution received", asOf,
                        weakest(receipts.provenanceStatuses(fund.code(), asOf))))).toList());
    }

    /** A total is as exact as its least exact part: illustrative if any is, else approximate if any is not exact. */
    private static ProvenanceStatus weakest(Set<ProvenanceStatus> statuses) {
        if (statuses.contains(ProvenanceStatus.ILLUSTRATIVE)) {
            return ProvenanceStatus.ILLUSTRATIVE;
        }
        return statuses.stream().allMatch(ProvenanceStatus.EXACT::equals) ? ProvenanceStatus.EXACT
                : ProvenanceStatus.APPROXIMATE;
    }

    public SortedMap<Integer, BigDecimal> contributionsByYear(String fund) {
        SortedMap<Integer, BigDecimal> byYear = ledger.totalsByYear(register.fund(fund).code(),
                AccountKind.CONTRIBUTION, "USD");
        byYear.replaceAll((year, total) -> usd(total.negate()));
        return byYear;
    }

    public List<PublishedFigure> publishedFigures(String fund) {
        return jdbc.query("""
                SELECT *, status AS provenance_status FROM funding_published_figure WHERE fund = :fund ORDER BY id
                """,
                Map.of("fund", fund), (row, n) -> new PublishedFigure(row.getString("fund"), row.getString("scope"),
                        row.getString("metric"), row.getString("period"), row.getBigDecimal("amount"),
                        row.getString("currency"), Provenance.read(row, "source", null), row.getString("note")));
    }

    private static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
