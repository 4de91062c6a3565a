package org.resolute.identity.domain;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up for sign-in. */
@Service
public class Accounts implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    public Accounts(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.trim())
                .map(user -> SignedInUser.of(user, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
