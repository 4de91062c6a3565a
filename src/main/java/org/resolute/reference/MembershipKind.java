package org.resolute.reference;

import org.springframework.modulith.NamedInterface;

/** How a nation stands with NATO for a period. */
@NamedInterface("api")
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
