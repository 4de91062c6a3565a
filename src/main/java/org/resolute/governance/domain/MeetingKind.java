package org.resolute.governance.domain;

/** What sort of meeting took a decision. */
public enum MeetingKind {
    SUMMIT("Summit"),
    LEADERS_MEETING("Leaders' meeting"),
    DEFENCE_MINISTERIAL("Defence ministers' meeting"),
    FOREIGN_MINISTERIAL("Foreign ministers' meeting"),
    COUNCIL("North Atlantic Council"),
    BOARD_PLENARY("Trust Fund Board plenary");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
