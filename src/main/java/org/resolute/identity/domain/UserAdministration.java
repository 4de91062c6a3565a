package org.resolute.identity.domain;

import java.util.UUID;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.StaleUpdate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's changes to users: create, edit, disable, enable, reset a password. */
@Service
@Transactional
public class UserAdministration {

    private final Users users;
    private final PasswordEncoder passwords;

    public UserAdministration(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** Creates a user who must change the given initial password at first sign-in. */
    public User create(UserProfile profile, String initialPassword) {
        PasswordPolicy.check("password", initialPassword);
        if (users.existsByUsername(profile.username())) {
            throw new InvalidInput("username", "identity.error.usernameTaken",
                    "The username '" + profile.username() + "' is taken", profile.username());
        }
        return users.save(User.create(profile, passwords.encode(initialPassword), true));
    }

    public User update(UUID id, long expectedVersion, UserProfile profile) {
        User user = load(id, expectedVersion);
        if (!user.username().equals(profile.username())) {
            throw new InvalidInput("username", "identity.error.usernameFixed", "A username cannot be changed");
        }
        user.update(profile);
        return users.save(user);
    }

    public User disable(UUID id, long expectedVersion, String byUsername) {
        User user = load(id, expectedVersion);
        if (user.username().equals(byUsername)) {
            throw new InvalidInput("enabled", "identity.error.ownAccount", "You cannot disable your own account");
        }
        user.disable();
        return users.save(user);
    }

    public User enable(UUID id, long expectedVersion) {
        User user = load(id, expectedVersion);
        user.enable();
        return users.save(user);
    }

    /** Sets a new one-time password that the user must change at the next sign-in, and lifts any lock. */
    public String resetPassword(UUID id, long expectedVersion) {
        User user = load(id, expectedVersion);
        String oneTime = PasswordPolicy.oneTimePassword();
        user.resetPassword(passwords.encode(oneTime));
        users.save(user);
        return oneTime;
    }

    private User load(UUID id, long expectedVersion) {
        User user = users.findById(id).orElseThrow(() -> new NotFound("User"));
        if (user.version() != expectedVersion) {
            throw new StaleUpdate("User " + user.username());
        }
        return user;
    }
}
