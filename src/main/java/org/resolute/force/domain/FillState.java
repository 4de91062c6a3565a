package org.resolute.force.domain;

/** How far the accepted offers meet a requirement. */
public enum FillState {
    /** Accepted offers cover the whole quantity. */
    FILLED,
    /** Some, not all, of the quantity is covered. */
    PARTIAL,
    /** Nothing is covered yet. */
    GAP;

    /** The one rule for fill: only accepted offers count; offers still open are shown apart. */
    public static FillState of(int quantity, int accepted) {
        if (accepted >= quantity) {
            return FILLED;
        }
        return accepted > 0 ? PARTIAL : GAP;
    }
}
