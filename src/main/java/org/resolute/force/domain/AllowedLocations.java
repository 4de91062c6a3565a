package org.resolute.force.domain;

import java.util.Optional;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/** Forces may serve only at the listed locations. */
public final class AllowedLocations implements CaveatRule {

    @Override
    public CaveatKind kind() {
        return CaveatKind.ALLOWED_LOCATIONS;
    }

    @Override
    public String field() {
        return "location";
    }

    @Override
    public String words(NationalCaveat caveat) {
        return "forces may serve only at " + String.join(", ", caveat.values());
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        boolean allowed = caveat.values().stream().anyMatch(value -> value.equalsIgnoreCase(assignment.location()));
        return allowed ? Optional.empty() : Optional.of(assignment.location() + " is not among them");
    }
}
