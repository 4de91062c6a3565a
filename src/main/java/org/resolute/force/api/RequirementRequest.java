package org.resolute.force.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.force.Activity;
import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewRequirement;
import org.resolute.kernel.Marking;
import org.resolute.reference.NationCodes;

/**
 * A requirement (CJSOR line) to record.
 *
 * @param classification PUBLIC, MISSION (the default) or RESTRICTED
 * @param releasableTo nations the record is released to, e.g. "GBR,USA"; empty for all cleared viewers
 * @param source where the line comes from; "entered by" the caller when empty
 */
record RequirementRequest(@Size(max = 20) String reference, @Size(max = 200) String capability, Activity activity,
        @PositiveOrZero Integer quantity, @Size(max = 20) String command, @Size(max = 20) String location,
        LocalDate from, LocalDate until, @PositiveOrZero Integer priority,
        @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo,
        @Size(max = 200) String source) {

    NewRequirement toNew(Clock clock) {
        return new NewRequirement(reference, capability, activity, quantity, command, location, from, until,
                priority, Marking.typed(classification, releasableTo).orElse(Marking.MISSION),
                EnteredBy.provenance(source, clock));
    }
}
