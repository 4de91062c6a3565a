package org.resolute.force.domain;

import java.util.Optional;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/** No deployment longer than a number of days. */
public final class MaxDurationDays implements CaveatRule {

    @Override
    public CaveatKind kind() {
        return CaveatKind.MAX_DURATION_DAYS;
    }

    @Override
    public String field() {
        return "until";
    }

    @Override
    public String words(NationalCaveat caveat) {
        return "no deployment may last more than " + caveat.limit() + " days";
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        return assignment.days() > caveat.limit()
                ? Optional.of("this one lasts " + assignment.days() + " days")
                : Optional.empty();
    }
}
