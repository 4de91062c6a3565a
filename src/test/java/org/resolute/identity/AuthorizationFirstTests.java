package org.resolute.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call an operation is decided before what they sent is read: a caller without the role learns nothing
 * about the body's rules, and a write refused for want of a sign-in or a CSRF token says so.
 */
abstract class AuthorizationFirstTests {

    /** Write operations a VIEWER may not call, each with a body that breaks its rules or is no JSON at all. */
    private static List<MockHttpServletRequestBuilder> forbiddenToViewers() {
        return List.of(
                post("/api/v1/users").content("{}"),
                post("/api/v1/users").content("{\"username\": \"" + "x".repeat(10_000) + "\"}"),
                put("/api/v1/users/" + UUID.randomUUID()).content("{\"roles\": []}"),
                post("/api/v1/donors").content("{\"code\": 12.5, \"nation\": \"ZZZ\"}"),
                post("/api/v1/receipts").content("{\"amount\": 1e30, \"valueDate\": \"+99999-01-01\"}"),
                post("/api/v1/ledger/postings/batch").content("[{\"lines\": \"none\"}]"),
                post("/api/v1/engagements").content("{\"title\": "),
                post("/api/v1/requirements").content("{\"quantity\": 1.5}"),
                post("/api/v1/plans").content("{\"troopCeiling\": -1}"),
                post("/api/v1/ceilings").content("{\"from\": 12345}"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aViewerPostingAnInvalidUserIsRefusedForTheirRolesNotToldTheMissingFields() throws Exception {
        long users = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        mvc.perform(post("/api/v1/users").with(user(accounts.loadUserByUsername("viewer"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Your roles do not allow this"))
                .andExpect(content().string(not(containsString("username"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class))
                .isEqualTo(users);
    }

    @Test
    void everyWriteAViewerMayNotCallIsA403WhateverTheBody() throws Exception {
        for (MockHttpServletRequestBuilder request : forbiddenToViewers()) {
            mvc.perform(request.with(user(accounts.loadUserByUsername("viewer"))).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Your roles do not allow this"))
                    .andExpect(jsonPath("$.field").doesNotExist());
        }
    }

    @Test
    void theSameBadBodyFromACallerWithTheRoleIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/requirements").with(user(accounts.loadUserByUsername("planner"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": 1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("quantity"));
    }

    @Test
    void anAnonymousWriteIsToldToSignIn() throws Exception {
        for (MockHttpServletRequestBuilder request : forbiddenToViewers()) {
            mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value(containsString("sign in")));
        }
    }

    @Test
    void anAnonymousWriteWithoutACsrfTokenIsToldToSignInNotThatItsRolesFallShort() throws Exception {
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Authentication required")))
                .andExpect(jsonPath("$.detail").value(not(containsString("roles"))));
    }

    @Test
    void aSignedInWriteWithoutACsrfTokenIsToldTheTokenIsMissing() throws Exception {
        mvc.perform(post("/api/v1/users").with(user(accounts.loadUserByUsername("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Missing or invalid CSRF token")));
    }

    @Test
    void aSignedInWriteWithAWrongCsrfTokenIsToldTheTokenIsInvalid() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(user(accounts.loadUserByUsername("viewer")))
                        .with(csrf().useInvalidToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"csrf\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Missing or invalid CSRF token")));
    }
}

@OnH2
class AuthorizationFirstOnH2Tests extends AuthorizationFirstTests {
}

@OnPostgres
class AuthorizationFirstOnPostgresTests extends AuthorizationFirstTests {
}
