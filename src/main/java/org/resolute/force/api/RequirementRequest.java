package org.resolute.force.api;

import java.time.LocalDate;

import org.resolute.force.Activity;
import org.resolute.force.MarkingInput;
import org.resolute.force.NewRequirement;

/**
 * A requirement (CJSOR line) to record.
 *
 * @param classification PUBLIC, MISSION (the default) or RESTRICTED
 * @param releasableTo nations the record is released to, e.g. "GBR,USA"; empty for all cleared viewers
 * @param source where the line comes from; "entered by" the caller when empty
 */
record RequirementRequest(String reference, String capability, Activity activity, Integer quantity,
        String command, String location, LocalDate from, LocalDate until, Integer priority, String classification,
        String releasableTo, String source) {

    NewRequirement toNew(java.time.Clock clock) {
        return new NewRequirement(reference, capability, activity, quantity, command, location, from, until,
                priority, MarkingInput.parse(classification, releasableTo), org.resolute.force.EnteredBy.provenance(source, clock));
    }
}
