package org.resolute.planning.domain;

import java.util.List;

/**
 * A plan's outcome against the posture it started from.
 *
 * @param coverageBefore share of the priority-weighted requirement covered by the current posture, in percent
 * @param coverageAfter the same share under the plan
 * @param moves teams that change work
 * @param withdrawn teams that leave in a drawdown
 * @param violations the hard constraints the plan still breaks, in words; empty when feasible
 */
public record PlanResult(int troopsBefore, int troopsAfter, double coverageBefore, double coverageAfter, int moves,
        int withdrawn, List<String> violations, List<PlanAssignment> assignments, List<UnmetRequirement> unmet) {

    public PlanResult {
        violations = List.copyOf(violations);
        assignments = List.copyOf(assignments);
        unmet = List.copyOf(unmet);
    }
}
