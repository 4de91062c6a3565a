package org.resolute.governance;

import java.time.LocalDate;

/**
 * Which meetings or decisions to list; parts left null match all.
 *
 * @param kind a {@link MeetingKind} or {@link DecisionKind} name
 * @param text words in the title
 */
public record GovernanceFilter(String kind, LocalDate from, LocalDate until, String text) {

    public static final GovernanceFilter ALL = new GovernanceFilter(null, null, null, null);
}
