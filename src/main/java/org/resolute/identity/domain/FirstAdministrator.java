package org.resolute.identity.domain;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.StartUpLoad;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of an installation without the demo profile, creates the one administrator, with a random
 * password printed once to the log; it must be changed at first sign-in. There is no default password.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator extends StartUpLoad {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final PasswordEncoder passwords;

    FirstAdministrator(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    protected void load() {
        if (users.count() > 0) {
            return;
        }
        String oneTime = PasswordPolicy.oneTimePassword();
        UserProfile profile = new UserProfile(USERNAME, "Administrator", Set.of(Role.ADMIN), Optional.empty(),
                Classification.RESTRICTED);
        users.save(User.create(profile, passwords.encode(oneTime), true));
        log.warn("""
                First start: created the administrator '{}' with the one-time password {}
                Sign in at /login and choose a new password; this password is not shown again.""",
                USERNAME, oneTime);
    }
}
