package org.resolute.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An amount in one ISO 4217 currency, exact to four decimal places (as stored: NUMERIC(19,4)). Amounts of
 * different currencies never add up; conversion is the funding module's business, with a named rate source.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final int SCALE = 4;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more than " + SCALE
                    + " decimal places", e);
        }
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode));
    }

    /**
     * An amount as a person or a client sends it, with its currency code (any case): refused naming the field
     * when either is missing, the currency is not ISO 4217 or the amount has more than {@value #SCALE} decimals.
     */
    public static Money typed(@Nullable BigDecimal amount, @Nullable String currencyCode, String field) {
        if (amount == null || currencyCode == null || currencyCode.isBlank()) {
            throw new InvalidInput(field, "error.money.needed", "an amount and its ISO 4217 currency are needed");
        }
        try {
            return new Money(amount, currency(currencyCode.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.money.invalid", "'" + currencyCode
                    + "' is not an ISO 4217 currency, or the amount has more than " + SCALE + " decimals");
        }
    }

    public static Money zero(String currencyCode) {
        return new Money(BigDecimal.ZERO, currency(currencyCode));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN)
                .toPlainString() + " " + currencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currencyCode() + " with " + other.currencyCode());
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown ISO 4217 currency code: " + code, e);
        }
    }
}
