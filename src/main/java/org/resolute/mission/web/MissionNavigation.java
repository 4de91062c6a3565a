package org.resolute.mission.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mission's place in the main navigation, for every signed-in user. */
@Configuration
class MissionNavigation {

    @Bean
    NavigationItem missionNavigationItem() {
        return new NavigationItem("nav.mission", "/mission", 10, Set.of());
    }
}
