package org.resolute.kernel;

/**
 * Who may do what: the one list of the role rules Resolute applies, each a Spring Security expression over the
 * {@link Role}s. A rule is checked where a request enters and nowhere else: on the page or API controller (its
 * method, or its class for all of them) with {@code @PreAuthorize(Roles.X)}, before the request's arguments are
 * read. Domain services do not check roles: they serve the {@link Viewer} they are given, whose clearance and
 * nation decide which records exist for them ({@link MarkedRecords}). A page shows an action only to those the
 * same rule lets through: {@code th:if="${@access.allows('X')}"} ({@code kernel.web.Access}) names the constant.
 */
public final class Roles {

    /** Signed in with any role but a donor nation's representative: the mission's own staff. */
    public static final String MISSION_STAFF = "isAuthenticated() and !hasRole('DONOR_REPRESENTATIVE')";
    /** Administrators: users, the legal framework, what belongs to nobody else. */
    public static final String ADMINISTRATORS = "hasRole('ADMIN')";
    /** Force planners: strength reports and plans. */
    public static final String FORCE_PLANNERS = "hasRole('FORCE_PLANNER')";
    /** Force planners and administrators: requirements, offers and national caveats. */
    public static final String FORCE_PLANNERS_AND_ADMINISTRATORS = "hasAnyRole('FORCE_PLANNER', 'ADMIN')";
    /** Fund managers and administrators: donors, pledges, receipts, movements and postings. */
    public static final String FUND_MANAGERS_AND_ADMINISTRATORS = "hasAnyRole('FUND_MANAGER', 'ADMIN')";
    /** Those who read the ledger itself: fund managers, auditors and administrators. */
    public static final String LEDGER_READERS = "hasAnyRole('FUND_MANAGER', 'AUDITOR', 'ADMIN')";
    /** Advisors and advising leads: engagement reports and assessments. */
    public static final String ADVISORS = "hasAnyRole('ADVISOR', 'ADVISING_LEAD')";
    /** Advising leads: approving and returning reports, merging provisional entries. */
    public static final String ADVISING_LEADS = "hasRole('ADVISING_LEAD')";
    /** Partnership officers: the Enduring Partnership's activities. */
    public static final String PARTNERSHIP_OFFICERS = "hasRole('PARTNERSHIP_OFFICER')";
    /** Auditors: the audit trail and its verification. */
    public static final String AUDITORS = "hasRole('AUDITOR')";

    private Roles() {
    }
}
