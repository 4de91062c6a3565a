package org.resolute.governance.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Governance in the main navigation for staff; public meetings and decisions open to anonymous visitors. */
@Configuration
class GovernanceShell {

    @Bean
    NavigationItem governanceNavigationItem() {
        return new NavigationItem("nav.governance", "/governance", 60, Set.of());
    }

    @Bean
    PublicPaths publicMeetingsAndDecisions() {
        return PublicPaths.of("/public/governance", "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/decisions",
                "/api/v1/decisions/*");
    }
}
