package org.resolute.planning.domain;

import java.time.LocalDate;

/**
 * A plan as a planner asks for it.
 *
 * @param troopCeiling the ceiling to keep; for an allocation, the mission ceiling in force when empty
 * @param secondsLimit how long the solver may search
 * @param asOf the posture's date; empty for the default of the kind (see {@link Plans#start})
 */
public record NewPlan(PlanKind kind, Integer troopCeiling, Integer secondsLimit, LocalDate asOf) {
}
