package org.resolute.advising.domain;

/** Where a capability is heading: the latest rating against the one before it. */
public enum Trend {
    IMPROVING, STEADY, DECLINING, FIRST_RATING;

    public static Trend between(CapabilityRating previous, CapabilityRating latest) {
        if (previous == null) {
            return FIRST_RATING;
        }
        int change = Integer.compare(latest.level(), previous.level());
        return change > 0 ? IMPROVING : change < 0 ? DECLINING : STEADY;
    }
}
