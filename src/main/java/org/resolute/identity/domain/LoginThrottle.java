package org.resolute.identity.domain;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords in a row, so that a password cannot be guessed
 * by trying; a correct sign-in clears the count.
 */
@Component
class LoginThrottle {

    private final Users users;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(Users users, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            user.recordFailedLogin(properties.lockout().attempts(), properties.lockout().duration(),
                    clock.instant());
            users.save(user);
        });
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).filter(User::recordSuccessfulLogin).ifPresent(users::save);
        }
    }
}
