package org.resolute.advising.domain;

/** How the advisors judged the counterparts' reception of the engagement. */
public enum Atmosphere {
    POSITIVE, NEUTRAL, NEGATIVE
}
