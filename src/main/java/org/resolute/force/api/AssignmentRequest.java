package org.resolute.force.api;

import java.time.LocalDate;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.force.Activity;
import org.resolute.force.Assignment;
import org.resolute.kernel.InvalidInput;
import org.resolute.reference.NationCode;

/** An assignment to check against the nation's caveats: troops of a nation on an activity at a location. */
record AssignmentRequest(@NationCode String nation, @Size(max = 20) String location, Activity activity,
        @PositiveOrZero Integer troops, LocalDate from, LocalDate until) {

    Assignment toAssignment() {
        if (troops == null) {
            throw new InvalidInput("troops", "troops is required");
        }
        return new Assignment(nation, location, activity, troops, from, until);
    }
}
