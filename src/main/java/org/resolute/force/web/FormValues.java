package org.resolute.force.web;

import java.time.LocalDate;
import java.util.Locale;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;

/** Reads what a user typed into a form field, refusing it with {@link InvalidInput} naming the field. */
final class FormValues {

    private FormValues() {
    }

    static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " '" + text.trim() + "' is not a whole number");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return InputDates.parse(text, field);
    }

    static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, field + " '" + text.trim() + "' is not a valid choice");
        }
    }
}
