package org.resolute.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.resolute.identity.domain.UserSearch;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What identity adds to the shell: the administrators' Users link and their home-page figures. */
@Configuration
class IdentityPages {

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", 100, Set.of(Role.ADMIN));
    }

    @Bean
    HomeCard.Source administratorCards(Users users, UserSearch search, Clock clock) {
        return viewer -> viewer.has(Role.ADMIN) ? List.of(
                new HomeCard("Users", String.valueOf(users.count()), "accounts on this installation",
                        "/admin/users"),
                new HomeCard("Locked accounts", String.valueOf(search.countLocked(clock.instant())),
                        "locked after repeated failed sign-ins", "/admin/users?state=locked"))
                : List.<HomeCard>of();
    }

}
