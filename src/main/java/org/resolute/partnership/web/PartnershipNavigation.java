package org.resolute.partnership.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partnership's place in the main navigation, for every signed-in member of staff. */
@Configuration
class PartnershipNavigation {

    @Bean
    NavigationItem partnershipNavigationItem() {
        return new NavigationItem("nav.partnership", "/partnership", 50, Set.of());
    }
}
