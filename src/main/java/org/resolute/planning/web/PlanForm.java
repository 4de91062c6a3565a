package org.resolute.planning.web;

import java.time.LocalDate;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.planning.domain.NewPlan;
import org.resolute.planning.domain.PlanKind;

/**
 * The planner's form to start a plan, as typed: read into a {@link NewPlan} here, so that a refusal names the field
 * and the page can show the form again as it was sent.
 */
record PlanForm(String kind, String troopCeiling, String secondsLimit, String asOf) {

    static final String DEFAULT_SECONDS = "30";

    static PlanForm empty() {
        return new PlanForm(PlanKind.DRAWDOWN.name(), "", DEFAULT_SECONDS, "");
    }

    NewPlan toNewPlan() {
        return new NewPlan(kind(kind), whole("troopCeiling", troopCeiling, "planning.error.ceiling",
                "the troop ceiling must be a whole number above 0"), whole("secondsLimit", secondsLimit,
                        "planning.error.secondsNumber", "secondsLimit must be a whole number of seconds"),
                date(asOf));
    }

    private static PlanKind kind(String text) {
        for (PlanKind value : PlanKind.values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        throw new InvalidInput("kind", "planning.error.kind", "choose an allocation or a drawdown");
    }

    /** A whole number above 0, or null when left empty (the plan's default). */
    private static Integer whole(String field, String text, String key, String english) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number below 1
        }
        throw new InvalidInput(field, key, english);
    }

    private static LocalDate date(String text) {
        try {
            return InputDates.parse(text, "asOf");
        } catch (InvalidInput refused) {
            throw new InvalidInput("asOf", "error.date", refused.getMessage());
        }
    }
}
