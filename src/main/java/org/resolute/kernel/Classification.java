package org.resolute.kernel;

/** How sensitive a record is, in ascending order; a viewer cleared to a level sees that level and those below it. */
public enum Classification {
    PUBLIC, MISSION, RESTRICTED;

    public boolean covers(Classification other) {
        return compareTo(other) >= 0;
    }
}
