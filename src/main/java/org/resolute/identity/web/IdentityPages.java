package org.resolute.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.resolute.identity.domain.UserSearch;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
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
    HomeSection.Source administratorSection(Users users, UserSearch search, Clock clock) {
        return HomeSection.Source.of(viewer -> viewer.has(Role.ADMIN), words -> HomeSection.of("identity", 70,
                words.message("identity.home.title"), "/admin/users", words.message("identity.home.link"), List.of(
                        new Figure(words.message("identity.home.users"), words.number(users.count()),
                                words.message("identity.home.usersDetail"), false),
                        new Figure(words.message("identity.home.locked"),
                                words.number(search.countLocked(clock.instant())),
                                words.message("identity.home.lockedDetail"), false)), ""));
    }

}
