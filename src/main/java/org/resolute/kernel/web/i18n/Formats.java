package org.resolute.kernel.web.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.CodeName;
import org.resolute.kernel.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one way Resolute writes numbers, money, dates and the names of codes for a reader: in the reader's language,
 * on pages ({@code #fmt} in templates), in PDFs and in messages alike. Money always carries its currency
 * ("USD 3,150,000,000" in English, "3 150 000 000 USD" in French); whole amounts show no cents, others show the
 * currency's minor unit. A code's name is the message {@code code.<Type>.<CONSTANT>}; a missing one shows as
 * {@code ??key??}, so that the browser tests find it rather than a reader.
 */
public final class Formats {

    private static final Map<String, String> ALPHA2 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(alpha2 -> new Locale("", alpha2).getISO3Country(), alpha2 -> alpha2,
                    (first, second) -> first));

    private final Locale locale;
    private final MessageSource messages;

    public Formats(Locale locale, MessageSource messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** The formats of the reader of the request being answered, in the language the request was resolved to. */
    public static Formats forReader(MessageSource messages) {
        return new Formats(LocaleContextHolder.getLocale(), messages);
    }

    public Locale locale() {
        return locale;
    }

    /** An amount with its currency, without cents when it is whole. */
    public String money(@Nullable Money money) {
        if (money == null) {
            return "";
        }
        BigDecimal rounded = money.amount().setScale(minorDigits(money), RoundingMode.HALF_EVEN);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return withCurrency(decimal(rounded, whole ? 0 : minorDigits(money)), money.currencyCode());
    }

    /** An amount with its currency and always its cents, for books that must reconcile to the cent. */
    public String moneyExact(@Nullable Money money) {
        return money == null ? "" : withCurrency(decimal(money.amount(), minorDigits(money)), money.currencyCode());
    }

    /** An amount given as a number and a currency code. */
    public String money(@Nullable BigDecimal amount, String currency) {
        return amount == null ? "" : money(Money.of(amount.toPlainString(), currency));
    }

    /** A count or whole figure with the locale's grouping: "15,937" in English, "15 937" in French. */
    public String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A figure with a fixed number of decimals. */
    public String decimal(@Nullable Number value, int digits) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A share given as a ratio (0.894 is "89.4%"). */
    public String percent(@Nullable Number ratio, int digits) {
        if (ratio == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(ratio.doubleValue());
    }

    /** A day: "31 Oct 2020" in English, "31 oct. 2020" in French. */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    /** A month: "Oct 2020". */
    public String month(@Nullable YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    /** A moment, in UTC and said so: "31 Oct 2020, 14:05 UTC". */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale)
                .format(instant.atOffset(ZoneOffset.UTC));
    }

    public String dateTime(@Nullable OffsetDateTime moment) {
        return moment == null ? "" : dateTime(moment.toInstant());
    }

    /** The display name of a code: {@code code.Role.DONOR_REPRESENTATIVE} is "Donor representative". */
    public String name(@Nullable Enum<?> code) {
        return code == null ? "" : name(CodeName.type(code.getDeclaringClass()), code.name());
    }

    /** The display name of a code held as text, such as a stored kind: {@code name('Role', 'ADMIN')}. */
    public String name(String type, @Nullable String code) {
        return code == null || code.isBlank() ? "" : message(CodeName.key(type, code));
    }

    /**
     * A nation by its ISO 3166 alpha-3 code, named in the reader's language ("United Kingdom", "Royaume-Uni");
     * a code the JDK does not know is shown as it is.
     */
    public String nation(@Nullable String alpha3) {
        if (alpha3 == null || alpha3.isBlank()) {
            return "";
        }
        String alpha2 = ALPHA2.get(alpha3.strip().toUpperCase(Locale.ROOT));
        return alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(locale);
    }

    /** Nations by their alpha-3 codes, named and joined with commas. */
    public String nations(@Nullable Collection<String> alpha3) {
        return alpha3 == null ? "" : alpha3.stream().map(this::nation).collect(Collectors.joining(", "));
    }

    /** A message by key, with arguments. */
    public String message(String key, @Nullable Object... arguments) {
        try {
            return messages.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            return "??" + key + "??";
        }
    }

    /** A message built elsewhere (a notice, a field error), resolved in the reader's language. */
    public String text(@Nullable MessageSourceResolvable resolvable) {
        if (resolvable == null) {
            return "";
        }
        try {
            return messages.getMessage(resolvable, locale);
        } catch (NoSuchMessageException e) {
            String[] codes = resolvable.getCodes();
            return "??" + (codes == null || codes.length == 0 ? "" : codes[0]) + "??";
        }
    }

    /** A code's type as its keys name it: {@code Role}, or {@code FunctionalArea.Kind} for a nested type. */
    private String decimal(BigDecimal amount, int digits) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    private String withCurrency(String amount, String currency) {
        return Languages.FRENCH.getLanguage().equals(locale.getLanguage()) ? amount + "\u00a0" + currency
                : currency + "\u00a0" + amount;
    }

    private static int minorDigits(Money money) {
        return Math.max(money.currency().getDefaultFractionDigits(), 0);
    }
}
