package org.resolute.force.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The requirements pages' place in the main navigation, for every signed-in member of staff. */
@Configuration
class ForceNavigation {

    @Bean
    NavigationItem requirementsNavigation() {
        return new NavigationItem("nav.requirements", "/force/requirements", 30, Set.of());
    }
}
