package org.resolute.governance.domain;

/** What a line of the timeline is. */
public enum TimelineKind {
    MEETING("Meeting"),
    DECISION("Decision"),
    CEILING("Troop ceiling"),
    STRENGTH("Strength"),
    PARTNERSHIP("Partnership activity"),
    MISSION("Mission");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
