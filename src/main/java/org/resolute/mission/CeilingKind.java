package org.resolute.mission;

import org.springframework.modulith.NamedInterface;

/** Whose limit a troop ceiling is. */
@NamedInterface("api")
public enum CeilingKind {
    /** The mission-wide ceiling decided by the Allies. */
    MISSION,
    /** A nation's own legal limit, such as a parliament's mandate: a ceiling, not a head count. */
    NATIONAL_CAP
}
