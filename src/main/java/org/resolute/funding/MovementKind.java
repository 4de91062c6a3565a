package org.resolute.funding;

/** How a fund uses its money: allocated to a project, disbursed to it, spent by it. */
public enum MovementKind {
    ALLOCATION, DISBURSEMENT, EXPENDITURE
}
