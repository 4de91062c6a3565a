package org.resolute.audit.web;

import java.util.Set;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's place in the main navigation, for auditors. */
@Configuration
class AuditNavigation {

    @Bean
    NavigationItem auditTrailNavigation() {
        return new NavigationItem("nav.audit", "/audit", 80, Set.of(Role.AUDITOR));
    }
}
