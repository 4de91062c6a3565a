package org.resolute.kernel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a user does in the mission; each role opens its own part of Resolute. Described once in the OpenAPI document
 * as the schema {@code Role} (a set of inline enums is what OpenAPI Generator's Java client cannot compile).
 */
@Schema(enumAsRef = true)
public enum Role {
    ADMIN, FORCE_PLANNER, ADVISOR, ADVISING_LEAD, FUND_MANAGER, DONOR_REPRESENTATIVE, PARTNERSHIP_OFFICER, AUDITOR,
    VIEWER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
