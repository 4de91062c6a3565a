package org.resolute.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.HasViewer;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The front door with no module's data behind it but identity's (which signs people in and contributes the
 * administrators' section): a visitor gets the landing page, and a signed-in user's home is composed of exactly the
 * sections the running modules contribute for them.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "identity")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:dashboard-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DashboardModuleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorGetsTheLandingPageAndEachUserTheSectionsTheRunningModulesGiveThem() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(view().name("dashboard/landing"));

        assertThat(sectionsFor(viewer("module-admin", Role.ADMIN))).extracting(HomeSection::name)
                .containsExactly("identity");
        assertThat(sectionsFor(viewer("module-viewer", Role.VIEWER))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<HomeSection> sectionsFor(Viewer viewer) throws Exception {
        return (List<HomeSection>) mvc.perform(get("/").with(signedInAs(viewer))).andExpect(status().isOk())
                .andExpect(view().name("dashboard/home")).andReturn().getModelAndView().getModel().get("sections");
    }

    private static Viewer viewer(String username, Role role) {
        return new Viewer(username, Set.of(role), Optional.empty(), Classification.RESTRICTED);
    }

    private static RequestPostProcessor signedInAs(Viewer viewer) {
        HasViewer principal = () -> viewer;
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                viewer.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }
}
