package org.resolute.planning.domain;

/** What a plan decides. */
public enum PlanKind {
    /** Where each advisor team works; a team left unassigned stays where it is. */
    ALLOCATION,
    /** Which teams stay under a lower ceiling and where; a team left unassigned is withdrawn. */
    DRAWDOWN
}
