package org.resolute.force.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.resolute.force.domain.StrengthBook;
import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the force module adds to the shell: the public placemat, and the "Force" link for signed-in staff. */
@Configuration
class ForceShell {

    /**
     * The placemat, for an anonymous visitor, is computed from the strength reports (their data version, read from
     * the database) and, without a date asked for, today's date; the same answer is served from memory until either
     * changes.
     */
    @Bean
    PublicPaths placematIsPublic(StrengthBook strength, Clock clock) {
        return PublicPaths.of("/placemat", "/placemat/**", "/api/v1/placemat", "/api/v1/placemat/pdf")
                .computedFrom(() -> List.of(strength.dataVersion(), LocalDate.now(clock)));
    }

    @Bean
    NavigationItem strengthNavigation() {
        return new NavigationItem("nav.force", "/force/strength", 40, Set.of());
    }
}
