package org.resolute.funding.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.resolute.funding.domain.ReconciliationLine;

/**
 * The totals under the reconciliation, over every line the filters keep (not only the page shown): per pledge
 * currency what was pledged, confirmed, received and is still short, since amounts in different currencies do not
 * add up; and in US dollars what was received and the exchange-rate difference, which do. A line that could not be
 * valued adds nothing to the figures it lacks, and the totals say how many such lines there are.
 */
record ReconciliationTotals(List<PerCurrency> perCurrency, BigDecimal receivedUsd, BigDecimal fxDifferenceUsd,
        int unvalued) {

    /** The totals of one pledge currency. */
    record PerCurrency(String currency, BigDecimal pledged, BigDecimal confirmed, BigDecimal received,
            BigDecimal shortfall) {
    }

    static ReconciliationTotals of(List<ReconciliationLine> lines) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        BigDecimal receivedUsd = BigDecimal.ZERO;
        BigDecimal fxDifferenceUsd = BigDecimal.ZERO;
        int unvalued = 0;
        for (ReconciliationLine line : lines) {
            BigDecimal[] sum = sums.computeIfAbsent(line.currency(), currency -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = add(sum[0], line.pledged());
            sum[1] = add(sum[1], line.confirmed());
            sum[2] = add(sum[2], line.receivedInPledgeCurrency());
            sum[3] = add(sum[3], line.shortfall());
            receivedUsd = receivedUsd.add(line.receivedUsd());
            fxDifferenceUsd = add(fxDifferenceUsd, line.fxDifferenceUsd());
            if (line.noRate() != null) {
                unvalued++;
            }
        }
        List<PerCurrency> perCurrency = new ArrayList<>();
        sums.forEach((currency, sum) -> perCurrency.add(new PerCurrency(currency, sum[0], sum[1], sum[2], sum[3])));
        return new ReconciliationTotals(perCurrency, receivedUsd, fxDifferenceUsd, unvalued);
    }

    private static BigDecimal add(BigDecimal sum, @Nullable BigDecimal amount) {
        return amount == null ? sum : sum.add(amount);
    }
}
