package org.resolute.planning.api;

import java.time.LocalDate;

/**
 * An application of a plan.
 *
 * @param effective the date from which the plan's posture holds (the date of the strength reports it records);
 *        today when empty; must be after the date of the posture the plan starts from
 */
record ApplicationRequest(LocalDate effective) {
}
