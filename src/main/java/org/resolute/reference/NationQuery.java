package org.resolute.reference;

import java.time.LocalDate;
import java.util.Objects;

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
}
