package org.resolute.identity.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.kernel.Classification;
import org.resolute.kernel.HasViewer;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session or bearer request: a snapshot of the user taken when they signed in. */
public record SignedInUser(UUID id, Viewer viewer, String passwordHash, boolean enabled, boolean locked,
        boolean mustChangePassword) implements UserDetails, HasViewer {

    public static SignedInUser of(User user, Instant now) {
        return new SignedInUser(user.id(), user.viewer(), user.passwordHash(), user.enabled(), user.isLockedAt(now),
                user.mustChangePassword());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = viewer.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return viewer.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sessions are kept in the database, so the principal is serialized. It is written as plain values (the
     * viewer's Optional is not serializable) and without the password hash, which a session never needs again.
     */
    @Serial
    private Object writeReplace() {
        return new SessionForm(id, viewer.username(), viewer.roles().stream().map(Role::name).toList(),
                viewer.nation().orElse(null), viewer.clearance().name(), enabled, locked, mustChangePassword);
    }

    private record SessionForm(UUID id, String username, List<String> roles, String nation, String clearance,
            boolean enabled, boolean locked, boolean mustChangePassword) implements Serializable {

        @Serial
        private Object readResolve() {
            return new SignedInUser(id, new Viewer(username,
                    roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                    Optional.ofNullable(nation), Classification.valueOf(clearance)), null, enabled, locked,
                    mustChangePassword);
        }
    }
}
