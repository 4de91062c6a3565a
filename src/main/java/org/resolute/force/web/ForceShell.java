package org.resolute.force.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the force module adds to the shell: the public placemat, and the "Force" link for signed-in staff. */
@Configuration
class ForceShell {

    @Bean
    PublicPaths placematIsPublic() {
        return PublicPaths.of("/placemat", "/placemat/**", "/api/v1/placemat", "/api/v1/placemat/pdf");
    }

    @Bean
    NavigationItem strengthNavigation() {
        return new NavigationItem("nav.force", "/force/strength", 40, Set.of());
    }
}
