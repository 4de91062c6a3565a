package org.resolute.funding.domain;

/** Where a pledge stands, from announcement to the money received. */
public enum PledgeStatus {
    ANNOUNCED, CONFIRMED, PARTLY_RECEIVED, RECEIVED, CANCELLED
}
