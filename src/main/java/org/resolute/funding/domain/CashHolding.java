package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Money;

/**
 * A fund's cash in one currency on a date, and what it is worth in US dollars at the rate of that date, with the
 * rate's source and date. Without a rate on file it is shown unvalued, saying so, and left out of the total.
 *
 * @param usd the US dollar value; null when there is no rate
 * @param noRate "no rate for EUR on 2005-01-01" when the holding could not be valued; null otherwise
 */
public record CashHolding(Money amount, @Nullable BigDecimal usd, @Nullable BigDecimal usdPerUnit,
        @Nullable String rateSource,
        @Nullable LocalDate rateDate, @Nullable String noRate) {
}
