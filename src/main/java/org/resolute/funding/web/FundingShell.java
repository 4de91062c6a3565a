package org.resolute.funding.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the funding module adds to the shell: the public transparency page and API, and the "Funding" link. */
@Configuration
class FundingShell {

    @Bean
    PublicPaths fundingTransparencyIsPublic() {
        return PublicPaths.of("/transparency", "/transparency/**", "/api/v1/public/funds", "/api/v1/public/funds/**",
                "/api/v1/funds/*/iati");
    }

    @Bean
    NavigationItem fundingNavigation() {
        return new NavigationItem("nav.funding", "/funding", 50, Set.of());
    }
}
