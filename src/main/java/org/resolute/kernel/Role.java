package org.resolute.kernel;

/** What a user does in the mission; each role opens its own part of Resolute. */
public enum Role {
    ADMIN, FORCE_PLANNER, ADVISOR, ADVISING_LEAD, FUND_MANAGER, DONOR_REPRESENTATIVE, PARTNERSHIP_OFFICER, AUDITOR,
    VIEWER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
