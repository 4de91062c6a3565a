package org.resolute.kernel.web;

import java.time.LocalDate;
import java.util.Locale;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;

/**
 * Reads what a user typed into a form field, refusing it with {@link InvalidInput} naming the field, worded for a
 * reader (a message key) as well as for the API (the English message). Every module's forms read numbers, dates
 * and choices through it, so the same input is refused alike everywhere. An empty field reads as null.
 */
public final class FormValues {

    private FormValues() {
    }

    public static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.wholeNumber", field + " '" + text.trim() + "' is not a whole number");
        }
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InputDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.dateBetween", field + " '" + text.strip() + "' " + InputDates.RULE,
                    String.valueOf(InputDates.EARLIEST.getYear()), String.valueOf(InputDates.LATEST.getYear()));
        }
    }

    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.choice", field + " '" + text.trim() + "' is not a valid choice");
        }
    }
}
