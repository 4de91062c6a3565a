package org.resolute.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The story from Lisbon 2010 to the end of the mission: meetings, decisions, ceilings, strength, partnership
 * activities and the mission's own milestones, composed from each module's API for the current viewer.
 */
public interface Timeline {

    /** The lines of the kinds asked for (all when empty) between the days given (open when null), oldest first. */
    List<TimelineLine> lines(Set<TimelineKind> kinds, LocalDate from, LocalDate until);

    /** The entries of the kinds asked for (all when empty) between the days given (open when null), oldest first. */
    default List<TimelineEntry> entries(Set<TimelineKind> kinds, LocalDate from, LocalDate until) {
        return lines(kinds, from, until).stream().map(TimelineLine::entry).toList();
    }
}
