package org.resolute.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.resolute.funding.domain.NewPledge;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The pledge form as the fund manager typed it, read here field by field, so that "abc" for an amount is refused
 * next to its field in the reader's words, with every other wrong field, rather than before the handler runs.
 */
record PledgeForm(@Nullable String donor, @Nullable String fund, @Nullable String firstYear,
        @Nullable String lastYear, @Nullable String amount, @Nullable String currency, @Nullable String announcedOn) {

    /** The pledge, or null when a field was refused (the check then holds why). */
    @Nullable NewPledge read(FormCheck check) {
        String donorCode = check.read(() -> required("donor", donor));
        String fundCode = check.read(() -> required("fund", fund));
        Integer first = check.read(() -> year("firstYear", firstYear));
        Integer last = check.read(() -> lastYear == null || lastYear.isBlank() ? 0 : year("lastYear", lastYear));
        BigDecimal value = check.read(() -> amount("amount", amount));
        Currency code = check.read(() -> currency("currency", currency));
        LocalDate on = check.read(() -> date("announcedOn", announcedOn));
        if (check.refused()) {
            return null;
        }
        return check.read(() -> new NewPledge(donorCode, fundCode, first, last, new Money(value, code), on, null,
                null));
    }

    static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required", field + " is required");
        }
        return value.strip();
    }

    static int year(String field, @Nullable String value) {
        try {
            return Integer.parseInt(required(field, value));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "funding.error.year", field + " must be a year, such as 2021");
        }
    }

    static LocalDate date(String field, @Nullable String value) {
        try {
            return LocalDate.parse(required(field, value));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date", field + " must be a date as YYYY-MM-DD");
        }
    }

    /**
     * An amount above zero, as the reader writes numbers: "1,250,000.50" in English, "1 250 000,50" in French (a
     * point is taken as the decimal mark too). Anything that could be read two ways, such as "1250000,50" in
     * English, is refused rather than guessed.
     */
    static BigDecimal amount(String field, @Nullable String value) {
        String typed = required(field, value).replaceAll("[\\s\u00a0\u202f]", "");
        boolean french = "fr".equals(LocaleContextHolder.getLocale().getLanguage());
        String plain = null;
        if (french && typed.matches("\\d+([.,]\\d+)?")) {
            plain = typed.replace(',', '.');
        } else if (!french && typed.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            plain = typed.replace(",", "");
        }
        if (plain == null) {
            throw new InvalidInput(field, "error.number", field + " must be a number");
        }
        BigDecimal amount = new BigDecimal(plain);
        if (amount.signum() <= 0) {
            throw new InvalidInput(field, "funding.error.amount.positive", field + " must be above zero");
        }
        return amount;
    }

    static Currency currency(String field, @Nullable String value) {
        String code = required(field, value).toUpperCase(Locale.ROOT);
        try {
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(code);
            }
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "funding.error.currency", "'" + value + "' is not an ISO 4217 currency",
                    value);
        }
    }
}
