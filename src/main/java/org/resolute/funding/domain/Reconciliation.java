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

import org.resolute.funding.Pledge;
import org.resolute.funding.PledgeStatus;
import org.resolute.funding.Receipt;
import org.resolute.funding.ReconciliationLine;
import org.resolute.kernel.Money;

/**
 * Matches pledges and receipts per donor, fund and year. Pure: the rates come in as a function, the day to judge
 * overdue pledges and the number of days as values, so it can be checked without a database.
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
        groups.forEach((key, group) -> lines.add(line(key.split("\\|"), group)));
        return lines;
    }

    private ReconciliationLine line(String[] key, Group group) {
        String currency = group.pledges.isEmpty() ? group.receipts.get(0).amount().currencyCode()
                : group.pledges.get(0).annualAmount().currencyCode();
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        BigDecimal pledgedUsd = BigDecimal.ZERO;
        boolean overdue = false;
        boolean illustrative = false;
        BigDecimal pledgeRate = null;
        for (Pledge pledge : group.pledges) {
            BigDecimal amount = inCurrency(pledge.annualAmount(), currency, pledge.announcedOn());
            pledged = pledged.add(amount);
            if (pledge.boardMeeting() != null) {
                confirmed = confirmed.add(amount);
            }
            BigDecimal rate = usdPerUnit.apply(currency, pledge.announcedOn());
            pledgeRate = pledgeRate == null ? rate : pledgeRate;
            pledgedUsd = pledgedUsd.add(amount.multiply(rate));
            overdue |= (pledge.status() == PledgeStatus.ANNOUNCED || pledge.status() == PledgeStatus.CONFIRMED)
                    && pledge.announcedOn().plusDays(overdueAfterDays).isBefore(today);
            illustrative |= pledge.provenance().isIllustrative();
        }
        Map<String, BigDecimal> original = new TreeMap<>();
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal receivedUsd = BigDecimal.ZERO;
        for (Receipt receipt : group.receipts) {
            original.merge(receipt.amount().currencyCode(), receipt.amount().amount(), BigDecimal::add);
            received = received.add(receipt.amount().currencyCode().equals(currency) ? receipt.amount().amount()
                    : receipt.usd().amount().divide(usdPerUnit.apply(currency, receipt.valueDate()), 4,
                            RoundingMode.HALF_EVEN));
            receivedUsd = receivedUsd.add(receipt.usd().amount());
            illustrative |= receipt.provenance().isIllustrative();
        }
        BigDecimal rate = pledgeRate != null ? pledgeRate
                : group.receipts.isEmpty() ? BigDecimal.ONE : group.receipts.get(0).usdPerUnit();
        BigDecimal shortfall = pledged.subtract(received);
        BigDecimal shortfallUsd = shortfall.multiply(rate);
        BigDecimal fxDifference = group.pledges.isEmpty() ? BigDecimal.ZERO
                : receivedUsd.subtract(received.multiply(rate));
        return new ReconciliationLine(key[0], key[1], Integer.parseInt(key[2]), currency, money(pledged),
                money(confirmed), original.entrySet().stream()
                        .map(entry -> new Money(entry.getValue(), Currency.getInstance(entry.getKey()))).toList(),
                money(received), money(receivedUsd), money(group.pledges.isEmpty() ? BigDecimal.ZERO : pledgedUsd),
                money(shortfall), money(shortfallUsd), money(fxDifference), overdue, illustrative);
    }

    private BigDecimal inCurrency(Money amount, String currency, LocalDate on) {
        if (amount.currencyCode().equals(currency)) {
            return amount.amount();
        }
        return amount.amount().multiply(usdPerUnit.apply(amount.currencyCode(), on))
                .divide(usdPerUnit.apply(currency, on), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String key(String donor, String fund, int year) {
        return donor + "|" + fund + "|" + year;
    }

    /** The pledges and receipts of one donor, fund and year. */
    private static final class Group {
        final List<Pledge> pledges = new ArrayList<>();
        final List<Receipt> receipts = new ArrayList<>();
    }
}
