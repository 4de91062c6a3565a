package org.resolute.kernel.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The shell every page shares: CSRF meta tags, security headers, error pages without internals, health. */
@OnH2
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void everySignedInPageCarriesTheCsrfTokenForHtmxAndTheSignInFormItsOwn() throws Exception {
        mvc.perform(get("/mission").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")));
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\" value=\"")));
    }

    @Test
    void everyPageGetsTheShellOfItsViewer() throws Exception {
        var viewerPage = mvc.perform(get("/").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("viewer", "navigation", "links", "currentPath")).andReturn();
        var adminPage = mvc.perform(get("/").with(user(accounts.loadUserByUsername("admin")))).andReturn();
        List<?> viewerNavigation = (List<?>) viewerPage.getModelAndView().getModel().get("navigation");
        List<?> adminNavigation = (List<?>) adminPage.getModelAndView().getModel().get("navigation");
        assertThat(viewerNavigation).isNotEmpty().hasSizeLessThan(adminNavigation.size());
        assertThat(viewerPage.getModelAndView().getModel().get("currentPath")).isEqualTo("/");
    }

    @Test
    void pagesAreServedWithSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void aViewerOpeningAnAdminPageGetsTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/users").with(user(accounts.loadUserByUsername("viewer"))).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void aViewerCallingAnAdminApiGetsA403Problem() throws Exception {
        mvc.perform(get("/api/v1/users").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theLoginPageListsTheDemoAccountsInTheDemoProfile() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Demo accounts")))
                .andExpect(content().string(containsString("Donor representative")));
    }

    @Test
    void healthProbesArePublicAndMetricsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }

    @Test
    void anUnknownPageShowsTheNotFoundPageWithoutInternals() throws Exception {
        mvc.perform(get("/no/such/page").with(user(accounts.loadUserByUsername("viewer")))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }
}
