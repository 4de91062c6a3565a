package org.resolute.force;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.resolute.kernel.InvalidInput;
import org.springframework.modulith.NamedInterface;

/**
 * Troops of one nation put to an activity at a location for a period: what an offer proposes and what the planner
 * assigns. National caveats are checked against it.
 *
 * @param nation ISO 3166 alpha-3 code
 * @param location a location code of the mission, e.g. MAZAR
 * @param troops how many of the nation's troops the assignment puts at the location
 */
@NamedInterface("api")
public record Assignment(String nation, String location, Activity activity, int troops, LocalDate from,
        LocalDate until) {

    public Assignment {
        nation = required("nation", nation).toUpperCase(Locale.ROOT);
        location = required("location", location).toUpperCase(Locale.ROOT);
        if (activity == null) {
            throw new InvalidInput("activity", "force.error.activityMissing", "activity is required");
        }
        if (troops <= 0) {
            throw new InvalidInput("troops", "force.error.troopsAboveZero", "troops must be above 0");
        }
        if (from == null) {
            throw new InvalidInput("from", "force.error.fromMissing", "from is required");
        }
        if (until == null || until.isBefore(from)) {
            throw new InvalidInput("until", "force.error.untilOnOrAfterFrom", "until must be on or after from");
        }
    }

    /** Days the assignment lasts, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }

    /** The value trimmed; {@link InvalidInput} naming the field when it is missing or blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required", field + " is required");
        }
        return value.trim();
    }
}
