package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.resolute.kernel.Money;

/**
 * What a conversion sold and at what rate: {@code rate} units of the bought currency per unit sold, as the bank
 * confirmed it. The amount bought is the amount sold times the rate, rounded to the bought currency's cents.
 */
public record Conversion(Money sold, BigDecimal rate) {

    public Money bought(Currency currency) {
        return new Money(sold.amount().multiply(rate).setScale(currency.getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN), currency);
    }
}
