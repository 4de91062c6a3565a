package org.resolute.force;

/** Where a nation's offer stands: made, accepted against the requirement, or withdrawn. */
public enum OfferStatus {
    OFFERED, ACCEPTED, WITHDRAWN
}
