package org.resolute.planning.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a plan does with one team, and why.
 *
 * @param requirement the id of the requirement it works on in the plan, or null
 * @param outcome KEPT (same work), MOVED (other work), IDLE (unassigned, stays), WITHDRAWN (leaves in a drawdown)
 * @param reasons the plan's reasons in plain words, from the solver's justifications
 */
public record PlanAssignment(String team, String nation, int troops, String home, @Nullable String requirement,
        @Nullable String requirementLabel, @Nullable String location, String outcome, List<String> reasons) {

    public PlanAssignment {
        reasons = List.copyOf(reasons);
    }
}
