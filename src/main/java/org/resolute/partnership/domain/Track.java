package org.resolute.partnership.domain;

/** The two ways the partnership works, as the Warsaw Summit put it. */
public enum Track {
    POLITICAL_DIALOGUE("Political dialogue"),
    PRACTICAL_COOPERATION("Practical cooperation");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
