package org.resolute.governance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.resolute.governance.GovernanceFilter;
import org.resolute.kernel.InvalidInput;

/** Reads the filters of the governance lists as typed in a page's query. */
final class Filters {

    private Filters() {
    }

    static GovernanceFilter of(String kind, String from, String until, String text) {
        return new GovernanceFilter(kind.isBlank() ? null : kind, date(from, "from"), date(until, "until"), text);
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + value + "' is not a date written YYYY-MM-DD");
        }
    }
}
