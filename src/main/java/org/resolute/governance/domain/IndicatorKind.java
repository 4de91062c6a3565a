package org.resolute.governance.domain;

/** The conditions the mission's presence depends on, as named indicators. */
public enum IndicatorKind {
    /** Computed when the review is recorded: troops reported against the mission ceiling in force. */
    STRENGTH_AGAINST_CEILING("Strength against ceiling"),
    /** The host forces' capability ratings; recorded as a value until the advising module rates them. */
    CAPABILITY_RATING("Capability rating"),
    PEACE_PROCESS("Peace-process milestone"),
    OTHER("Other indicator");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
