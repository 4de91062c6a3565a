package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserProfile;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Identity on its own, with no other module started: an administrator creates a user, who then signs in with the
 * password given, and not with another.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:identity-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class IdentityModuleTests {

    static final Viewer ADMINISTRATOR = new Viewer("module-admin", Set.of(Role.ADMIN), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    UserAdministration administration;

    @Autowired
    Users users;

    @Autowired
    MockMvc mvc;

    @Test
    void aUserAnAdministratorCreatesSignsInWithTheirPasswordAndNoOther() throws Exception {
        Viewers.runAs(ADMINISTRATOR, () -> administration.create(new UserProfile("module-user", "Module User",
                Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION), "a-long-initial-password"));

        assertThat(users.findByUsername("module-user")).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactly(Role.VIEWER);
            assertThat(user.clearance()).isEqualTo(Classification.MISSION);
        });
        mvc.perform(formLogin().user("module-user").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin().user("module-user").password("a-long-initial-password"))
                .andExpect(redirectedUrl("/"));
    }
}
