package org.resolute.planning.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.kernel.InvalidInput;
import org.resolute.planning.domain.NewPlan;
import org.resolute.planning.domain.PlanKind;

/**
 * A plan to solve.
 *
 * @param kind ALLOCATION or DRAWDOWN
 * @param troopCeiling the ceiling to keep; empty for the mission ceiling in force
 * @param secondsLimit how long the solver may search; 30 when empty
 * @param asOf the date of the posture to start from; empty for the kind's default
 */
record PlanRequest(@Size(max = 20) String kind, @PositiveOrZero Integer troopCeiling,
        @PositiveOrZero Integer secondsLimit, LocalDate asOf) {

    NewPlan toNewPlan() {
        if (kind == null || kind.isBlank()) {
            throw new InvalidInput("kind", "kind is required: ALLOCATION or DRAWDOWN");
        }
        PlanKind parsed = Arrays.stream(PlanKind.values())
                .filter(value -> value.name().equals(kind.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("kind", "kind '" + kind + "' is not ALLOCATION or DRAWDOWN"));
        return new NewPlan(parsed, troopCeiling, secondsLimit, asOf);
    }
}
