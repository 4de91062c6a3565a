package org.resolute.force.domain;

import java.util.Optional;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/** At most a number of the nation's troops at any one location. */
public final class MaxTroopsPerLocation implements CaveatRule {

    @Override
    public CaveatKind kind() {
        return CaveatKind.MAX_TROOPS_PER_LOCATION;
    }

    @Override
    public String field() {
        return "quantity";
    }

    @Override
    public String words(NationalCaveat caveat) {
        return "at most " + caveat.limit() + " troops at any one location";
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        return assignment.troops() > caveat.limit()
                ? Optional.of("this would put " + assignment.troops() + " at " + assignment.location())
                : Optional.empty();
    }
}
