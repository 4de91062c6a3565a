package org.resolute.advising;

import org.springframework.modulith.NamedInterface;

/** What a host institution is in the host nation's security structure. */
@NamedInterface("api")
public enum InstitutionKind {
    MINISTRY, GENERAL_STAFF, CORPS, DIVISION, AIR_FORCE, SPECIAL_OPERATIONS, POLICE, POLICE_ZONE
}
