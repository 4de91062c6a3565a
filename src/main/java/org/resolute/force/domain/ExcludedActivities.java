package org.resolute.force.domain;

import java.util.Locale;
import java.util.Optional;

import org.resolute.force.Activity;
import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/** Forces may not take part in the listed activities. */
public final class ExcludedActivities implements CaveatRule {

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
