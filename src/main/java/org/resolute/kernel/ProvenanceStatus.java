package org.resolute.kernel;

import java.util.Locale;

/** How far a figure from a document can be taken at its word. */
public enum ProvenanceStatus {
    /** As the cited source states it. */
    EXACT,
    /** The source says about or roughly. */
    APPROXIMATE,
    /** The source says over or at least. */
    LOWER_BOUND,
    /** The source says fewer than or up to. */
    UPPER_BOUND,
    /** A legal ceiling, such as a parliament's mandate, not a head count. */
    NATIONAL_CAP,
    /** Not a fact: a demo figure made to agree with the published totals. */
    ILLUSTRATIVE;

    /** The label shown beside a figure. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
