package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The API answers who the caller is, and personal access tokens authenticate it, on both databases. */
abstract class ApiAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void anAnonymousCallerGetsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void meAnswersTheSignedInUsersRolesNationAndClearance() throws Exception {
        mvc.perform(get("/api/v1/me").with(user(accounts.loadUserByUsername("donor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("donor"))
                .andExpect(jsonPath("$.roles[0]").value("DONOR_REPRESENTATIVE"))
                .andExpect(jsonPath("$.nation").value("GBR"))
                .andExpect(jsonPath("$.clearance").value("MISSION"));
    }

    @Test
    void anIssuedTokenIsShownOnceStoredHashedAuthenticatesAndStopsWhenRevoked() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(user(accounts.loadUserByUsername("planner")))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"nightly import\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("nightly import"))
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> issued = json.readValue(body, Map.class);
        String secret = (String) issued.get("token");
        String id = (String) issued.get("id");

        Long storedInClear = jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = :secret OR hint = :secret",
                Map.of("secret", secret), Long.class);
        assertThat(storedInClear).isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("planner"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.items[0].token").doesNotExist());

        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void bearerRequestsNeedNoCsrfTokenButSessionRequestsDo() throws Exception {
        String secret = issueToken("fundmanager");
        String other = json.readTree(mvc.perform(post("/api/v1/tokens")
                        .with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"second\"}"))
                .andReturn().getResponse().getContentAsString()).path("id").asString();
        mvc.perform(delete("/api/v1/tokens/" + other).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/tokens").with(user(accounts.loadUserByUsername("fundmanager")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"no csrf\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAccessTokenCannotCreateAccessTokensSoRevokingALeakedOneEndsIt() throws Exception {
        String secret = issueToken("planner");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Map.of(), Long.class);
        for (String path : List.of("/api/v1/tokens", "/api/v1/tokens/")) {
            mvc.perform(post(path).header("Authorization", "Bearer " + secret)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"offspring\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                            "An access token cannot create access tokens")));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Map.of(), Long.class)).isEqualTo(before);
        mvc.perform(post("/api/v1/tokens").with(user(accounts.loadUserByUsername("planner"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"from a session\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theOpenApiDocumentIsReadableWithAnAccessToken() throws Exception {
        String secret = issueToken("viewer");
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").isString())
                .andExpect(jsonPath("$.paths['/api/v1/tokens']").exists());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer rsl_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/funding").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenStandsForItsUserWithTheirRolesNationAndClearance() throws Exception {
        String secret = issueToken("donor");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("donor"))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("DONOR_REPRESENTATIVE"))
                .andExpect(jsonPath("$.nation").value("GBR"))
                .andExpect(jsonPath("$.clearance").value("MISSION"));
    }

    @Test
    void aTokenOfADisabledUserIsRefusedAndWorksAgainWhenEnabledButAnAccountWaitingAfterFailedSignInsKeepsIt()
            throws Exception {
        String secret = issueToken("partnership");
        Map<String, String> user = Map.of("username", "partnership");
        try {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = :username", user);
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isUnauthorized());
            jdbc.update("UPDATE app_user SET enabled = TRUE, locked_until = CURRENT_TIMESTAMP + INTERVAL '1' HOUR "
                    + "WHERE username = :username", user);
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("partnership"));
            jdbc.update("UPDATE app_user SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1' HOUR "
                    + "WHERE username = :username", user);
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("partnership"));
        } finally {
            jdbc.update("UPDATE app_user SET enabled = TRUE, locked_until = NULL WHERE username = :username", user);
        }
    }

    @Test
    void anUnknownTokenIsRefusedNotIgnored() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rsl_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown or revoked")));
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        String secret = issueToken("advisor");
        String id = jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM api_token WHERE token_hash = :hash",
                Map.of("hash", org.resolute.identity.domain.ApiToken.hash(secret)), String.class);
        mvc.perform(delete("/api/v1/tokens/" + id).with(user(accounts.loadUserByUsername("lead"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    String issueToken(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(user(accounts.loadUserByUsername(username)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) json.readValue(body, Map.class).get("token");
    }
}

@OnH2
class ApiAccessOnH2Tests extends ApiAccessTests {
}

@OnPostgres
class ApiAccessOnPostgresTests extends ApiAccessTests {
}
