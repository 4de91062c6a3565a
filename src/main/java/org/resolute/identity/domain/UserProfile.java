package org.resolute.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Role;

/**
 * What an administrator sets for a user. The rules here hold for every way a user is made or changed.
 *
 * @param nation ISO 3166 alpha-3 code of the user's nation, empty for mission-wide staff
 */
public record UserProfile(String username, String displayName, Set<Role> roles, Optional<String> nation,
        Classification clearance) {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public UserProfile {
        username = username == null ? "" : username.trim();
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new InvalidInput("username", "identity.error.username",
                    "Username must be 2 to 40 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        if (displayName.length() > 100) {
            throw new InvalidInput("displayName", "identity.error.displayName",
                    "Display name must be at most 100 characters");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "identity.error.roles", "Choose at least one role");
        }
        nation = nation == null ? Optional.empty()
                : nation.map(code -> code.trim().toUpperCase(Locale.ROOT)).filter(code -> !code.isEmpty());
        if (nation.isPresent() && !COUNTRIES.contains(nation.get())) {
            throw new InvalidInput("nation", "identity.error.nation",
                    "Nation must be an ISO 3166 alpha-3 code such as GBR, not '" + nation.get() + "'", nation.get());
        }
        if (clearance == null) {
            throw new InvalidInput("clearance", "identity.error.clearance", "Choose a clearance");
        }
        if (roles.contains(Role.DONOR_REPRESENTATIVE) && nation.isEmpty()) {
            throw new InvalidInput("nation", "identity.error.donorNation",
                    "A donor representative belongs to a donor nation: choose it");
        }
    }
}
