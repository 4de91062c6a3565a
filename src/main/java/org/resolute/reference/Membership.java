package org.resolute.reference;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A period in which a nation was an Ally or an operational partner.
 *
 * @param nation alpha-3 code
 * @param since first day of the period
 * @param until first day after the period (the day the next one starts), or null while it lasts
 * @param sourceId the source in {@link Sources}, or null where the fact is from general public record
 * @param provenance where the period comes from and how far it can be taken at its word
 * @param statusNote what the source's compiler said about it, e.g. "from public record - verify"
 * @param note anything else the data says about the period
 */
@NamedInterface("api")
public record Membership(String nation, MembershipKind kind, LocalDate since, LocalDate until, String sourceId,
        Provenance provenance, String statusNote, String note) {

    public Membership {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(provenance, "provenance");
        if (until != null && !until.isAfter(since)) {
            throw new IllegalArgumentException("A membership must end after it starts");
        }
        statusNote = statusNote == null ? "" : statusNote;
        note = note == null ? "" : note;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(since) && (until == null || date.isBefore(until));
    }

    public boolean overlaps(Membership other) {
        return (other.until == null || since.isBefore(other.until)) && (until == null || other.since.isBefore(until));
    }

    /** Whether the data flags this period as taken from general public record, to be checked against a primary source. */
    public boolean toVerify() {
        return statusNote.toLowerCase(Locale.ROOT).contains("verify");
    }
}
