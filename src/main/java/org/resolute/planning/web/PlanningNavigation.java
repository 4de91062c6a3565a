package org.resolute.planning.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.Role;

/** The planner's place in the main navigation, for mission staff (not donor representatives). */
@Configuration
class PlanningNavigation {

    @Bean
    NavigationItem plannerNavigationItem() {
        return new NavigationItem("nav.planner", "/planning", 45, Set.of(Role.FORCE_PLANNER, Role.ADMIN,
                Role.ADVISING_LEAD, Role.ADVISOR, Role.AUDITOR, Role.VIEWER, Role.FUND_MANAGER,
                Role.PARTNERSHIP_OFFICER));
    }
}
