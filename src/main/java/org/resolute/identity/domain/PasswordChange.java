package org.resolute.identity.domain;

import java.util.UUID;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changing their own password, which also ends a one-time password's term. */
@Service
public class PasswordChange {

    private final Users users;
    private final PasswordEncoder passwords;

    public PasswordChange(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Transactional
    public void change(UUID userId, String currentPassword, String newPassword, String confirmation) {
        User user = users.findById(userId).orElseThrow(() -> new NotFound("User"));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInput("currentPassword", "identity.error.currentPassword",
                    "The current password is wrong");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (!newPassword.equals(confirmation)) {
            throw new InvalidInput("confirmation", "identity.error.confirmation", "The two new passwords differ");
        }
        if (passwords.matches(newPassword, user.passwordHash())) {
            throw new InvalidInput("newPassword", "identity.error.samePassword",
                    "Choose a password different from the current one");
        }
        user.changePassword(passwords.encode(newPassword));
        users.save(user);
    }
}
