package org.resolute.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.HasViewer;
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
}
