package org.resolute.advising.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Advising" link in the main navigation, for every signed-in member of staff. */
@Configuration
class AdvisingShell {

    @Bean
    NavigationItem advisingNavigation() {
        return new NavigationItem("nav.advising", "/advising/engagements", 50, Set.of());
    }
}
