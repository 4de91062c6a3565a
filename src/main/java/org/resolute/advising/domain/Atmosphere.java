package org.resolute.advising;

/** How the advisors judged the counterparts' reception of the engagement. */
public enum Atmosphere {
    POSITIVE, NEUTRAL, NEGATIVE
}
