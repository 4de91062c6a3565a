package org.resolute.advising.domain;

/** Where an engagement report stands in its workflow. */
public enum EngagementStatus {
    /** Planned, not yet held; due once its date has passed. */
    PLANNED,
    /** Held and being written by its advisor. */
    DRAFT,
    /** Waiting for a lead of its command. */
    SUBMITTED,
    /** Sent back by a lead with a comment, to be fixed and submitted again. */
    RETURNED,
    /** Accepted by a lead: it counts in rollups, coverage and as evidence. */
    APPROVED,
    /** Called off, with a reason. */
    CANCELLED;

    /** Whether its advisor may still change it. */
    public boolean editable() {
        return this == PLANNED || this == DRAFT || this == RETURNED;
    }
}
