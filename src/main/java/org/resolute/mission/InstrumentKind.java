package org.resolute.mission;

/** What kind of legal instrument gives the mission its basis. */
public enum InstrumentKind {
    /** A Status of Forces Agreement with the host nation: the terms of deployment and what forces may do. */
    SOFA,
    /** A United Nations Security Council resolution. */
    UNSCR,
    /** Any other agreement, exchange of letters or mandate. */
    OTHER
}
