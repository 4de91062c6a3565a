package org.resolute.force.domain;

import static org.resolute.force.Assignment.required;

import java.time.LocalDate;
import java.util.Locale;

import org.resolute.force.Activity;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A requirement to record. Checks what it can alone; the command and location are checked against the mission's
 * posture when it is recorded. Each refusal is {@link InvalidInput} naming the field.
 */
public record NewRequirement(String reference, String capability, Activity activity, Integer quantity,
        String command, String location, LocalDate from, LocalDate until, Integer priority, Marking marking,
        Provenance provenance) {

    public NewRequirement {
        reference = required("reference", reference);
        if (!reference.matches("[A-Za-z0-9-]{1,20}")) {
            throw new InvalidInput("reference", "force.error.referenceForm", "reference '" + reference
                    + "' must be 1 to 20 letters, digits or '-', e.g. CJSOR-0042");
        }
        capability = required("capability", capability);
        if (capability.length() > 200) {
            throw new InvalidInput("capability", "force.error.tooLong", "capability must be at most 200 characters");
        }
        if (activity == null) {
            throw new InvalidInput("activity", "error.required", "activity is required");
        }
        if (quantity == null || quantity <= 0) {
            throw new InvalidInput("quantity", "force.error.quantity",
                    "quantity must be a whole number of people above 0");
        }
        command = required("command", command).toUpperCase(Locale.ROOT);
        location = required("location", location).toUpperCase(Locale.ROOT);
        if (from == null) {
            throw new InvalidInput("from", "error.required", "from is required");
        }
        if (until == null) {
            throw new InvalidInput("until", "error.required", "until is required");
        }
        if (until.isBefore(from)) {
            throw new InvalidInput("until", "force.error.untilBeforeFrom",
                    "until " + until + " is before from " + from);
        }
        if (priority == null || priority < 1 || priority > 5) {
            throw new InvalidInput("priority", "force.error.priority", "priority must be 1 (highest) to 5");
        }
        marking = marking == null ? Marking.MISSION : marking;
        if (provenance == null) {
            throw new InvalidInput("provenance", "a requirement needs its source");
        }
    }
}
