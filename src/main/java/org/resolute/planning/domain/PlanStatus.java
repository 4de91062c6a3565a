package org.resolute.planning.domain;

/** Where a plan's solve stands. */
public enum PlanStatus {
    /** Waiting for the solver: one plan is solved at a time. */
    QUEUED,
    SOLVING,
    /** The time limit ran out: the best plan found is kept. */
    SOLVED,
    /** A planner stopped it: the best plan found so far is kept. */
    STOPPED,
    FAILED,
    /** Its changes were recorded in the force and advising modules; a plan is applied once. */
    APPLIED;

    public boolean finished() {
        return this == SOLVED || this == STOPPED || this == FAILED || this == APPLIED;
    }
}
