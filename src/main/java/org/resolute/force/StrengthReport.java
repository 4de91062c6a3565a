package org.resolute.force;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * How many troops a nation had at one command and location on a date, as a report states it, with where the
 * figure comes from and who may see it.
 *
 * @param nation ISO 3166 alpha-3 code
 * @param command the command's code, e.g. {@code TAAC-N}
 * @param location the location's code, e.g. {@code MAZAR}
 */
@NamedInterface("api")
public record StrengthReport(UUID id, String nation, String command, String location, LocalDate reportDate,
        int troops, Provenance provenance, Marking marking, Instant createdAt, long version) implements Marked {

    public StrengthReport {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(marking, "marking");
        if (troops < 0) {
            throw new IllegalArgumentException("A strength report cannot hold fewer than 0 troops");
        }
    }

    /** The place the report is about: a nation at a command and location. */
    public Place place() {
        return new Place(nation, command, location);
    }

    /** A nation at a command and location; the latest report for a place on or before a date is its strength. */
    public record Place(String nation, String command, String location) {
    }
}
