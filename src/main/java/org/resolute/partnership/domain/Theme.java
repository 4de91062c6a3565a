package org.resolute.partnership.domain;

/** What an activity is about; the fact sheet names the first two as the partnership's workshops. */
public enum Theme {
    DEFENCE_EDUCATION("Defence education"),
    DEFENCE_GOVERNANCE("Governance in the defence structures"),
    POLITICAL_DIALOGUE("Political dialogue"),
    OTHER("Other cooperation");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
