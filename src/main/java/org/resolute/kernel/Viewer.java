package org.resolute.kernel;

import java.util.Optional;
import java.util.Set;

/**
 * Who is looking: the signed-in user's roles, nation and clearance, or an anonymous member of the public.
 *
 * @param username the user's name, "anonymous" for the public
 * @param roles what the user may do
 * @param nation ISO 3166 alpha-3 code of the user's nation; empty for mission-wide staff
 * @param clearance the highest classification the user may see
 */
public record Viewer(String username, Set<Role> roles, Optional<String> nation, Classification clearance) {

    public static final Viewer ANONYMOUS = new Viewer("anonymous", Set.of(), Optional.empty(), Classification.PUBLIC);

    /** The account that demo loading and scheduled work run as; it sees everything. */
    public static final Viewer SYSTEM = new Viewer("system", Set.of(Role.ADMIN), Optional.empty(),
            Classification.RESTRICTED);

    public Viewer {
        roles = Set.copyOf(roles);
        nation = nation == null ? Optional.empty() : nation;
    }

    public boolean isAnonymous() {
        return roles.isEmpty() && this.username.equals(ANONYMOUS.username);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether this viewer is the mission's own staff: signed in, and not a donor's representative, who sees only
     * the donor's contributions. The home page's staff sections show to these viewers alone.
     */
    public boolean isMissionStaff() {
        return !isAnonymous() && !has(Role.DONOR_REPRESENTATIVE);
    }

    /**
     * Whether this viewer may see a record with the given marking. The viewer must be cleared to its
     * classification. Mission-wide staff (no nation) then see it; a nation's staff see public records and the
     * non-public records released to their nation, nothing more.
     */
    public boolean canSee(Marking marking) {
        if (!clearance.covers(marking.classification())) {
            return false;
        }
        if (marking.classification() == Classification.PUBLIC || nation.isEmpty()) {
            return true;
        }
        return marking.releasableTo().contains(nation.get());
    }
}
