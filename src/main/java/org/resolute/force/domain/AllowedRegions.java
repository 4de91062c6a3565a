package org.resolute.force.domain;

import java.util.Optional;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/** Forces may serve only in the listed regions. */
public final class AllowedRegions implements CaveatRule {

    @Override
    public CaveatKind kind() {
        return CaveatKind.ALLOWED_REGIONS;
    }

    @Override
    public String field() {
        return "location";
    }

    @Override
    public String words(NationalCaveat caveat) {
        return "forces may serve only in " + (caveat.values().size() == 1 ? "region " : "regions ")
                + String.join(", ", caveat.values());
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        boolean allowed = caveat.values().stream().anyMatch(value -> value.equalsIgnoreCase(region));
        return allowed ? Optional.empty()
                : Optional.of(assignment.location() + " is in region " + region);
    }
}
