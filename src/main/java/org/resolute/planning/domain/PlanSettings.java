package org.resolute.planning.domain;

import java.time.LocalDate;


/**
 * What a plan is asked: its kind, the troop ceiling it must keep, and the period the assignments last.
 *
 * @param troopCeiling the most troops that may remain in theatre
 */
public record PlanSettings(PlanKind kind, int troopCeiling, LocalDate from, LocalDate until) {
}
