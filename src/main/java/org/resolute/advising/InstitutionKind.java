package org.resolute.advising;

/** What a host institution is in the host nation's security structure. */
public enum InstitutionKind {
    MINISTRY, GENERAL_STAFF, CORPS, DIVISION, AIR_FORCE, SPECIAL_OPERATIONS, POLICE, POLICE_ZONE
}
