package org.resolute.force.domain;

import java.util.Locale;

import org.resolute.force.Activity;
import org.resolute.force.domain.FillState;
import org.resolute.kernel.InvalidInput;

/**
 * Which requirements to list; an empty field filters nothing.
 *
 * @param priority 1 to 5, or null for any
 */
public record RequirementFilter(String command, String location, Activity activity, FillState fillState,
        Integer priority) {

    public static final RequirementFilter ALL = new RequirementFilter("", "", null, null, null);

    public RequirementFilter {
        command = command == null ? "" : command.trim().toUpperCase(Locale.ROOT);
        location = location == null ? "" : location.trim().toUpperCase(Locale.ROOT);
    }

    /** The filter as a user types it; bad values are {@link InvalidInput} naming the field. */
    public static RequirementFilter parse(String command, String location, String activity, String fillState,
            String priority) {
        Activity wantedActivity = blank(activity) ? null : Activity.parse("activity", activity);
        FillState wantedFill = null;
        if (!blank(fillState)) {
            try {
                wantedFill = FillState.valueOf(fillState.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("fillState", "fillState '" + fillState + "' is not FILLED, PARTIAL or GAP");
            }
        }
        Integer wantedPriority = null;
        if (!blank(priority)) {
            try {
                wantedPriority = Integer.valueOf(priority.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("priority", "priority '" + priority + "' is not 1 to 5");
            }
        }
        return new RequirementFilter(command, location, wantedActivity, wantedFill, wantedPriority);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
