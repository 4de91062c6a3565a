package org.resolute.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators' user API: paginated list, creation, and updates guarded by ETag / If-Match. */
abstract class UserApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void listsUsersInPagesWithTheirTotal() throws Exception {
        mvc.perform(get("/api/v1/users").param("size", "2").param("sort", "username").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.items[0].username").value("admin"));
        mvc.perform(get("/api/v1/users").param("role", "DONOR_REPRESENTATIVE").with(admin()))
                .andExpect(jsonPath("$.items[0].nation").value("GBR"));
    }

    @Test
    void anUnknownSortFieldOrPageSizeIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/users").param("sort", "passwordHash").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("sort"));
        mvc.perform(get("/api/v1/users").param("size", "0").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/v1/users").param("role", "GENERAL").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("role"));
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAStaleOneIsA409() throws Exception {
        String username = "etag" + System.nanoTime() % 100000;
        String location = mvc.perform(post("/api/v1/users").with(admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "%s", "roles": ["VIEWER"], "clearance": "MISSION",
                                 "initialPassword": "initial-password-1"}""".formatted(username)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = location.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String change = """
                {"displayName": "Renamed", "roles": ["VIEWER", "AUDITOR"], "clearance": "RESTRICTED"}""";

        mvc.perform(put("/api/v1/users/" + id).with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("If-Match"));
        mvc.perform(put("/api/v1/users/" + id).with(admin()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.displayName").value("Renamed"));
        mvc.perform(put("/api/v1/users/" + id).with(admin()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isConflict());
    }

    @Test
    void aDonorRepresentativeWithoutANationIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "nonation", "roles": ["DONOR_REPRESENTATIVE"], "clearance": "MISSION",
                                 "initialPassword": "initial-password-1"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("nation"));
    }

    @Test
    void onlyAdministratorsUseIt() throws Exception {
        mvc.perform(get("/api/v1/users").with(SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername("auditor")))).andExpect(status().isForbidden());
    }
}

@OnH2
class UserApiOnH2Tests extends UserApiTests {
}

@OnPostgres
class UserApiOnPostgresTests extends UserApiTests {
}
