package org.resolute.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one rule for a date a user or client sends, wherever it comes from (JSON, a parameter, a form, a CSV file):
 * written {@code YYYY-MM-DD} and nothing else, between {@link #EARLIEST} and {@link #LATEST}. The JDK's reader
 * also takes {@code +99999-01-01}, which no user means and the database cannot store.
 */
public final class InputDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String RULE = "must be a date written YYYY-MM-DD between " + EARLIEST + " and " + LATEST;

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputDates() {
    }

    /** The date the text names; {@link IllegalArgumentException} saying {@link #RULE} when it names none. */
    public static LocalDate parse(String text) {
        String trimmed = text.strip();
        if (FORM.matcher(trimmed).matches()) {
            try {
                LocalDate date = LocalDate.parse(trimmed);
                if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // not a day of the calendar: refused below like any other text
            }
        }
        throw new IllegalArgumentException(RULE);
    }

    /** The date the text names, or {@link InvalidInput} on the field; null for empty text. */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, field + " '" + text.strip() + "' " + RULE);
        }
    }
}
