package org.resolute.force;

import org.springframework.modulith.NamedInterface;

/** The kinds of rule a national caveat states; each is checked by its own {@link CaveatRule}. */
@NamedInterface("api")
public enum CaveatKind {
    /** Forces may serve only in the listed regions (North, West, South, East, Capital, ...). */
    ALLOWED_REGIONS(true),
    /** Forces may serve only at the listed locations (codes such as MAZAR, KABUL). */
    ALLOWED_LOCATIONS(true),
    /** Forces may not take part in the listed activities. */
    EXCLUDED_ACTIVITIES(true),
    /** At most this many troops at any one location. */
    MAX_TROOPS_PER_LOCATION(false),
    /** No deployment longer than this many days. */
    MAX_DURATION_DAYS(false);

    private final boolean listed;

    CaveatKind(boolean listed) {
        this.listed = listed;
    }

    /** Whether the rule is a list of values (regions, locations, activities) rather than a number. */
    public boolean listed() {
        return listed;
    }
}
