package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.resolute.kernel.Money;

/**
 * Matches pledges and receipts per donor, fund and year. Pure: the rates come in as a function (null when there is
 * no rate on file), the day to judge overdue pledges and the number of days as values, so it can be checked without
 * a database. A line it cannot value for want of a rate is shown with what needs no rate and says which rate is
 * missing; the other lines are valued as usual.
 */
final class Reconciliation {

    private final BiFunction<String, LocalDate, BigDecimal> usdPerUnit;
    private final LocalDate today;
    private final int overdueAfterDays;

    Reconciliation(BiFunction<String, LocalDate, BigDecimal> usdPerUnit, LocalDate today, int overdueAfterDays) {
        this.usdPerUnit = usdPerUnit;
        this.today = today;
        this.overdueAfterDays = overdueAfterDays;
    }

    List<ReconciliationLine> lines(List<Pledge> pledges, List<Receipt> receipts) {
        Map<String, Group> groups = new TreeMap<>();
        for (Pledge pledge : pledges) {
            if (pledge.status() == PledgeStatus.CANCELLED) {
                continue;
            }
            for (int year = pledge.firstYear(); year <= pledge.lastYear(); year++) {
                groups.computeIfAbsent(key(pledge.donor(), pledge.fund(), year), k -> new Group()).pledges.add(pledge);
            }
        }
        for (Receipt receipt : receipts) {
            groups.computeIfAbsent(key(receipt.donor(), receipt.fund(), receipt.pledgeYear()), k -> new Group())
                    .receipts.add(receipt);
        }
        List<ReconciliationLine> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
            try {
                lines.add(line(key.split("\\|"), group));
            } catch (Valuation.NoRate missing) {
                lines.add(unvalued(key.split("\\|"), group, missing.getMessage()));
            }
        });
        return lines;
    }

    private BigDecimal rate(String currency, LocalDate on) {
        BigDecimal rate = usdPerUnit.apply(currency, on);
        if (rate == null) {
            throw new Valuation.NoRate(currency, on);
        }
        return rate;
    }

    /**
     * A line without the figures that need the missing rate: what was pledged and received in the line's own
     * currency, the receipts' dollar values (fixed when they were recorded), the flags, and the missing rate named.
     */
    private ReconciliationLine unvalued(String[] key, Group group, String noRate) {
        String currency = currency(group);
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        for (Pledge pledge : group.pledges) {
            if (!pledge.annualAmount().currencyCode().equals(currency)) {
                pledged = null;
            }
            if (pledged != null) {
                pledged = pledged.add(pledge.annualAmount().amount());
                confirmed = pledge.boardMeeting() != null ? confirmed.add(pledge.annualAmount().amount()) : confirmed;
            }
        }
        BigDecimal received = BigDecimal.ZERO;
        for (Receipt receipt : group.receipts) {
            received = received == null || !receipt.amount().currencyCode().equals(currency) ? null
                    : received.add(receipt.amount().amount());
        }
        return new ReconciliationLine(key[0], key[1], Integer.parseInt(key[2]), currency, money(pledged),
                pledged == null ? null : money(confirmed), group.receivedByCurrency(), money(received),
                money(group.receivedUsd()), null,
                pledged == null || received == null ? null : money(pledged.subtract(received)), null, null,
                group.overdue(this::overdue), group.illustrative(), noRate);
    }

    private boolean overdue(Pledge pledge) {
        return (pledge.status() == PledgeStatus.ANNOUNCED || pledge.status() == PledgeStatus.CONFIRMED)
                && pledge.announcedOn().plusDays(overdueAfterDays).isBefore(today);
    }

    private static String currency(Group group) {
        return group.pledges.isEmpty() ? group.receipts.get(0).amount().currencyCode()
                : group.pledges.get(0).annualAmount().currencyCode();
    }

    private ReconciliationLine line(String[] key, Group group) {
        String currency = currency(group);
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        BigDecimal pledgedUsd = BigDecimal.ZERO;
        BigDecimal pledgeRate = null;
        for (Pledge pledge : group.pledges) {
            BigDecimal amount = inCurrency(pledge.annualAmount(), currency, pledge.announcedOn());
            pledged = pledged.add(amount);
            if (pledge.boardMeeting() != null) {
                confirmed = confirmed.add(amount);
            }
            BigDecimal rate = rate(currency, pledge.announcedOn());
            pledgeRate = pledgeRate == null ? rate : pledgeRate;
            pledgedUsd = pledgedUsd.add(amount.multiply(rate));
        }
        BigDecimal received = BigDecimal.ZERO;
        for (Receipt receipt : group.receipts) {
            received = received.add(receipt.amount().currencyCode().equals(currency) ? receipt.amount().amount()
                    : receipt.usd().amount().divide(rate(currency, receipt.valueDate()), 4,
                            RoundingMode.HALF_EVEN));
        }
        BigDecimal receivedUsd = group.receivedUsd();
        BigDecimal rate = pledgeRate != null ? pledgeRate
                : group.receipts.isEmpty() ? BigDecimal.ONE : group.receipts.get(0).usdPerUnit();
        BigDecimal shortfall = pledged.subtract(received);
        BigDecimal shortfallUsd = shortfall.multiply(rate);
        BigDecimal fxDifference = group.pledges.isEmpty() ? BigDecimal.ZERO
                : receivedUsd.subtract(received.multiply(rate));
        return new ReconciliationLine(key[0], key[1], Integer.parseInt(key[2]), currency, money(pledged),
                money(confirmed), group.receivedByCurrency(), money(received), money(receivedUsd),
                money(group.pledges.isEmpty() ? BigDecimal.ZERO : pledgedUsd), money(shortfall), money(shortfallUsd),
                money(fxDifference), group.overdue(this::overdue), group.illustrative(), null);
    }

    private BigDecimal inCurrency(Money amount, String currency, LocalDate on) {
        if (amount.currencyCode().equals(currency)) {
            return amount.amount();
        }
        return amount.amount().multiply(rate(amount.currencyCode(), on))
                .divide(rate(currency, on), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String key(String donor, String fund, int year) {
        return donor + "|" + fund + "|" + year;
    }

    /** The pledges and receipts of one donor, fund and year. */
    /** A donor's pledges and receipts for one fund and year, and what their line shows whatever the rates. */
    private static final class Group {
        final List<Pledge> pledges = new ArrayList<>();
        final List<Receipt> receipts = new ArrayList<>();

        /** What was received, in each currency it came in. */
        List<Money> receivedByCurrency() {
            Map<String, BigDecimal> original = new TreeMap<>();
            receipts.forEach(receipt -> original.merge(receipt.amount().currencyCode(), receipt.amount().amount(),
                    BigDecimal::add));
            return original.entrySet().stream()
                    .map(entry -> new Money(entry.getValue(), Currency.getInstance(entry.getKey()))).toList();
        }

        /** The receipts' US dollar values, fixed when each was recorded. */
        BigDecimal receivedUsd() {
            return receipts.stream().map(receipt -> receipt.usd().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        boolean overdue(Predicate<Pledge> overdue) {
            return pledges.stream().anyMatch(overdue);
        }

        boolean illustrative() {
            return pledges.stream().anyMatch(pledge -> pledge.provenance().isIllustrative())
                    || receipts.stream().anyMatch(receipt -> receipt.provenance().isIllustrative());
        }
    }
}
