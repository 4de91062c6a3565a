package org.resolute.planning.domain;

import org.resolute.kernel.StaleUpdate;

/** A step the plan's state does not allow (applying a plan twice, or one still solving or infeasible): 409. */
public class PlanStateConflict extends StaleUpdate {

    private final String reason;

    public PlanStateConflict(String reason) {
        super("The plan");
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
