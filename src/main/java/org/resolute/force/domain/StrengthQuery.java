package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;

/**
 * Which strength reports to list; an empty filter selects everything.
 *
 * @param from first report date, or null
 * @param to last report date, or null
 */
public record StrengthQuery(String nation, String command, String location, LocalDate from, LocalDate to) {

    public static final StrengthQuery ALL = new StrengthQuery("", "", "", null, null);

    public StrengthQuery {
        nation = upper(nation);
        command = upper(command);
        location = upper(location);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "the last date " + to + " is before the first date " + from);
        }
    }

    /** Reads the filters as a form or query string gives them; a bad date is {@link InvalidInput} naming it. */
    public static StrengthQuery parse(String nation, String command, String location, String from, String to) {
        return new StrengthQuery(nation, command, location, date("from", from), date("to", to));
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return InputDates.parse(text, field);
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
