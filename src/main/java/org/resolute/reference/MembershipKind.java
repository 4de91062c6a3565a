package org.resolute.reference;

/** How a nation stands with NATO for a period. */
public enum MembershipKind {
    /** A member of the Alliance, from its accession. */
    ALLY("Ally"),
    /** A non-member contributing to a NATO-led operation. */
    OPERATIONAL_PARTNER("Operational partner");

    private final String label;

    MembershipKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
