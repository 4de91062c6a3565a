package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.Users;
import org.resolute.support.OnServer;
import org.resolute.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Requests with a personal access token, over real HTTP: the token is their only credential (a session cookie sent
 * along is not read), they keep nothing between requests whatever their answer, and they get the same security
 * headers and problem answers as every other request.
 */
@OnServer
class AccessTokenRequestsTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void aTokenRequestGoesThroughAChainWithoutSessionCsrfOrSignInFilters() {
        var withToken = new MockHttpServletRequest("POST", "/api/v1/ledger/postings");
        withToken.addHeader("Authorization", "Bearer rsl_anything");
        var signedIn = new MockHttpServletRequest("POST", "/api/v1/ledger/postings");

        List<String> tokenFilters = filtersFor(withToken);
        List<String> sessionFilters = filtersFor(signedIn);

        assertThat(tokenFilters).contains("BearerTokenFilter", "PasswordChangeRequiredFilter", "AuthorizationFilter")
                .doesNotContain("CsrfFilter", "LogoutFilter", "UsernamePasswordAuthenticationFilter",
                        "SecurityContextHolderAwareRequestFilter");
        assertThat(sessionFilters).contains("CsrfFilter", "LogoutFilter", "UsernamePasswordAuthenticationFilter",
                "PasswordChangeRequiredFilter", "AuthorizationFilter").doesNotContain("BearerTokenFilter");
    }

    @Test
    void aTokenRequestLeavesNoSessionWhateverItsAnswer() throws Exception {
        String donor = issue("donor");
        Long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
        WebClient client = new WebClient(port);

        HttpResponse<String> me = client.send(client.withToken("/api/v1/me", donor).GET());
        HttpResponse<String> forbidden = client.send(client.withToken("/api/v1/users", donor).GET());
        HttpResponse<String> missing = client.send(client.withToken("/api/v1/no-such-thing", donor).GET());
        HttpResponse<String> deleted = client.send(client.withToken("/api/v1/tokens/" + UUID.randomUUID(), donor)
                .DELETE());

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(deleted.statusCode()).as("no CSRF token is asked of a token request").isEqualTo(404);
        for (HttpResponse<String> response : List.of(me, forbidden, missing, deleted)) {
            assertThat(response.headers().firstValue("Set-Cookie")).as(response.uri().getPath()).isEmpty();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class)).isEqualTo(sessions);
    }

    @Test
    void theTokenNotASessionSentAlongSaysWhoIsCalling() throws Exception {
        String donor = issue("donor");
        WebClient admin = new WebClient(port).signIn("admin", "resolute-demo");

        HttpResponse<String> me = admin.send(admin.withToken("/api/v1/me", donor).GET());
        HttpResponse<String> users = admin.send(admin.withToken("/api/v1/users", donor).GET());
        HttpResponse<String> unknown = admin.send(admin.withToken("/api/v1/me", "rsl_not-a-real-token").GET());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"donor\"").doesNotContain("\"admin\"");
        assertThat(users.statusCode()).as("the administrator's session lends the token no role").isEqualTo(403);
        assertThat(unknown.statusCode()).as("a bad token is refused, not replaced by the session").isEqualTo(401);
        HttpResponse<String> signedIn = admin.send(HttpRequest.newBuilder(admin.uri("/api/v1/me"))
                .header("Accept", "application/json").GET());
        assertThat(signedIn.body()).as("the session itself still works").contains("\"admin\"");
    }

    @Test
    void aTokenIsRefusedOutsideTheApi() throws Exception {
        String admin = issue("admin");
        WebClient client = new WebClient(port);
        for (String path : new String[] {"/", "/actuator/prometheus", "/admin/users"}) {
            HttpResponse<String> response = client.send(client.withToken(path, admin).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).contains("accepted on /api and /v3/api-docs only");
        }
    }

    private List<String> filtersFor(MockHttpServletRequest request) {
        return chains.stream().filter(chain -> chain.matches(request)).findFirst().orElseThrow().getFilters().stream()
                .map(filter -> filter.getClass().getSimpleName()).toList();
    }

    private String issue(String username) {
        return tokens.issue(users.findByUsername(username).orElseThrow().id(), "token requests test").secret();
    }
}
