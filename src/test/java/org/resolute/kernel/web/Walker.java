package org.resolute.kernel.web;

import java.util.EnumSet;
import java.util.Optional;

import org.resolute.identity.domain.SignedInUser;
import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserProfile;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;

/**
 * The caller of the bad-input walks: a stored user cleared to RESTRICTED who holds every role but
 * DONOR_REPRESENTATIVE (which needs a nation and opens no write), so no operation refuses them for who they are
 * (the administrator holds ADMIN only).
 */
final class Walker {

    private Walker() {
    }

    static SignedInUser signedIn(Users users, UserAdministration administration) {
        UserProfile profile = new UserProfile("walker", "Bad-input walker", EnumSet.complementOf(
                EnumSet.of(Role.DONOR_REPRESENTATIVE)), Optional.empty(), Classification.RESTRICTED);
        User user = users.findByUsername("walker")
                .orElseGet(() -> administration.create(profile, "walker-password-" + System.nanoTime()));
        return new SignedInUser(user.id(), user.viewer(), null, true, false, false);
    }
}
