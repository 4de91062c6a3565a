package org.resolute.force.domain;

/** Where a nation's offer stands: made, accepted against the requirement, or withdrawn. */
public enum OfferStatus {
    OFFERED, ACCEPTED, WITHDRAWN;

    /** An open offer may be accepted or withdrawn, an accepted one withdrawn; a withdrawn offer stays so. */
    public boolean mayBecome(OfferStatus next) {
        return switch (this) {
            case OFFERED -> next == ACCEPTED || next == WITHDRAWN;
            case ACCEPTED -> next == WITHDRAWN;
            case WITHDRAWN -> false;
        };
    }
}
