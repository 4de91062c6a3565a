package org.resolute.reference.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.reference.MembershipKind;

/**
 * Which nations to list.
 *
 * @param text part of the name or code, any case; empty for every nation
 * @param status only nations with this standing on the date; null for any (including none)
 * @param date the date the standing is taken at
 */
public record NationQuery(String text, MembershipKind status, LocalDate date) {

    public NationQuery {
        text = text == null ? "" : text.trim();
        Objects.requireNonNull(date, "date");
    }

    public static NationQuery on(LocalDate date) {
        return new NationQuery("", null, date);
    }

    /**
     * The query as a user types it: status ALLY, OPERATIONAL_PARTNER or empty for any; date as 2020-11-01 or
     * empty for today. Bad input is {@link InvalidInput} naming "status" or "date".
     */
    public static NationQuery parse(String text, String status, String date, LocalDate today) {
        return new NationQuery(text, status(status), date(date, today));
    }

    private static MembershipKind status(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("ANY")) {
            return null;
        }
        try {
            return MembershipKind.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "status '" + status + "' is not ALLY or OPERATIONAL_PARTNER");
        }
    }

    private static LocalDate date(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        return InputDates.parse(date, "date");
    }
}
