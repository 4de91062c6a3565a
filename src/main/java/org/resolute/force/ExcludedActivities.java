package org.resolute.force;

import java.util.Locale;
import java.util.Optional;

/** Forces may not take part in the listed activities. */
final class ExcludedActivities implements CaveatRule {

    @Override
    public CaveatKind kind() {
        return CaveatKind.EXCLUDED_ACTIVITIES;
    }

    @Override
    public String field() {
        return "activity";
    }

    @Override
    public String words(NationalCaveat caveat) {
        return "forces may not take part in " + String.join(", ", caveat.values().stream()
                .map(value -> Activity.parse("values", value).label().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        boolean excluded = caveat.values().stream()
                .anyMatch(value -> value.equalsIgnoreCase(assignment.activity().name()));
        return excluded ? Optional.of("this is " + assignment.activity().label().toLowerCase(Locale.ROOT))
                : Optional.empty();
    }
}
