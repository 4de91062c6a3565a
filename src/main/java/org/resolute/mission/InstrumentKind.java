package org.resolute.mission;

import org.springframework.modulith.NamedInterface;

/** What kind of legal instrument gives the mission its basis. */
@NamedInterface("api")
public enum InstrumentKind {
    /** A Status of Forces Agreement with the host nation: the terms of deployment and what forces may do. */
    SOFA,
    /** A United Nations Security Council resolution. */
    UNSCR,
    /** Any other agreement, exchange of letters or mandate. */
    OTHER
}
