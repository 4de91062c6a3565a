package org.resolute.funding.domain;

/**
 * How a fund uses its money: allocated to a project, disbursed to it, spent by it; and how it changes the
 * currency it holds money in (a conversion, between two of its bank accounts, at a stated rate).
 */
public enum MovementKind {
    ALLOCATION, DISBURSEMENT, EXPENDITURE, CONVERSION
}
