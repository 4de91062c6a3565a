package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/**
 * An allocation, disbursement or expenditure to record, in US dollars, under the request's idempotency key; or a
 * conversion between two of the fund's currencies, whose amount is what it bought (see {@link #conversion}).
 */
public record NewMovement(String idempotencyKey, String fund, MovementKind kind, String project, Money amount,
        LocalDate valueDate, String description, Provenance provenance, Marking marking, Conversion conversion) {

    /** The largest amount the books store, NUMERIC(19,4), is below this. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000000");

    public NewMovement {
        if (kind == null) {
            throw new InvalidInput("kind", "a movement is an ALLOCATION, a DISBURSEMENT, an EXPENDITURE or a "
                    + "CONVERSION");
        }
        if (kind == MovementKind.CONVERSION) {
            checkConversion(amount, conversion);
            project = null;
        } else {
            if (conversion != null) {
                throw new InvalidInput("kind", "only a CONVERSION states what it sold and at what rate");
            }
            if (project == null || !project.matches("[A-Za-z0-9-]{2,40}")) {
                throw new InvalidInput("project", "a project code is 2 to 40 letters, digits or dashes");
            }
            if (amount == null || amount.amount().signum() <= 0 || !amount.currencyCode().equals("USD")) {
                throw new InvalidInput("amount", "a movement needs an amount above zero in USD");
            }
        }
        if (valueDate == null) {
            throw new InvalidInput("valueDate", "a movement needs its value date");
        }
        description = description != null && !description.isBlank() ? description.strip()
                : kind == MovementKind.CONVERSION ? "Conversion " + conversion.sold().currencyCode() + " to "
                        + amount.currencyCode() : kind + " " + project;
    }

    public NewMovement(String idempotencyKey, String fund, MovementKind kind, String project, Money amount,
            LocalDate valueDate, String description, Provenance provenance, Marking marking) {
        this(idempotencyKey, fund, kind, project, amount, valueDate, description, provenance, marking, null);
    }

    /** A conversion: sells an amount at a stated rate (units bought per unit sold) and buys the other currency. */
    public static NewMovement conversion(String idempotencyKey, String fund, Money sold, Currency bought,
            BigDecimal rate, LocalDate valueDate, String description, Provenance provenance, Marking marking) {
        if (sold == null || sold.amount().signum() <= 0) {
            throw new InvalidInput("soldAmount", "a conversion sells an amount above zero");
        }
        if (sold.amount().compareTo(LARGEST) >= 0) {
            throw new InvalidInput("soldAmount", "an amount is below 10^15");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new InvalidInput("rate", "a conversion states its rate above zero: units bought per unit sold");
        }
        if (rate.stripTrailingZeros().scale() > 8 || rate.compareTo(new BigDecimal("100000000000")) >= 0) {
            throw new InvalidInput("rate", "a rate has at most 8 decimals and is below 10^11");
        }
        if (bought == null) {
            throw new InvalidInput("boughtCurrency", "a conversion names the currency it buys");
        }
        Conversion conversion = new Conversion(sold, rate);
        if (conversion.bought(bought).amount().compareTo(LARGEST) >= 0) {
            throw new InvalidInput("rate", "the amount bought, the amount sold times the rate, is below 10^15");
        }
        return new NewMovement(idempotencyKey, fund, MovementKind.CONVERSION, null, conversion.bought(bought),
                valueDate, description, provenance, marking, conversion);
    }

    private static void checkConversion(Money amount, Conversion conversion) {
        if (conversion == null || conversion.sold() == null || conversion.sold().amount().signum() <= 0) {
            throw new InvalidInput("soldAmount", "a conversion sells an amount above zero");
        }
        if (conversion.rate() == null || conversion.rate().signum() <= 0) {
            throw new InvalidInput("rate", "a conversion states its rate above zero: units bought per unit sold");
        }
        if (amount == null || amount.currencyCode().equals(conversion.sold().currencyCode())) {
            throw new InvalidInput("boughtCurrency", "a conversion buys a currency other than the one it sells");
        }
        if (amount.amount().signum() <= 0 || amount.compareTo(conversion.bought(amount.currency())) != 0) {
            throw new InvalidInput("rate", "the amount bought is the amount sold times the rate, above zero");
        }
    }
}
