package org.resolute.identity.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Resolves an active token's hash to the user holding it, with their roles, in one statement and outside any
 * transaction: every API request pays for this look-up, so it is one round trip instead of the token, the user
 * and the roles as three aggregate reads in a transaction of their own.
 */
@Repository
class TokenHolders {

    private final NamedParameterJdbcTemplate jdbc;

    TokenHolders(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user holding the unrevoked token with this hash, as a principal without a password hash. */
    Optional<SignedInUser> holderOf(String tokenHash, Instant now) {
        return jdbc.query("""
                SELECT u.id, u.username, u.nation, u.clearance, u.enabled, u.must_change_password, u.locked_until,
                       r.role
                FROM api_token t
                JOIN app_user u ON u.id = t.owner
                LEFT JOIN user_role r ON r.app_user = u.id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL
                """, Map.of("hash", tokenHash), rows -> {
                    Holder holder = null;
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    while (rows.next()) {
                        if (holder == null) {
                            OffsetDateTime lockedUntil = rows.getObject("locked_until", OffsetDateTime.class);
                            holder = new Holder(rows.getObject("id", UUID.class), rows.getString("username"),
                                    rows.getString("nation"), Classification.valueOf(rows.getString("clearance")),
                                    rows.getBoolean("enabled"), rows.getBoolean("must_change_password"),
                                    User.isLocked(lockedUntil == null ? null : lockedUntil.toInstant(), now));
                        }
                        if (rows.getString("role") != null) {
                            roles.add(Role.valueOf(rows.getString("role")));
                        }
                    }
                    return Optional.ofNullable(holder).map(found -> found.principal(roles));
                });
    }

    private record Holder(UUID id, String username, String nation, Classification clearance, boolean enabled,
            boolean mustChangePassword, boolean locked) {

        SignedInUser principal(Set<Role> roles) {
            return new SignedInUser(id, new Viewer(username, Set.copyOf(roles), Optional.ofNullable(nation),
                    clearance), null, enabled, locked, mustChangePassword);
        }
    }
}
