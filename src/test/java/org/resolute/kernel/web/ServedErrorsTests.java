package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.Users;
import org.resolute.support.OnServer;
import org.resolute.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad requests as a real client sends them over HTTP: each is a 4xx problem naming what failed, never a 500,
 * and stores nothing; people get error pages without internals.
 */
@OnServer
class ServedErrorsTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    WebClient client;
    String adminToken;

    @BeforeEach
    void setUp() {
        client = new WebClient(port);
        adminToken = tokens.issue(users.findByUsername("admin").orElseThrow().id(), "errors test").secret();
    }

    /**
     * Over real HTTP (MockMvc's CSRF support swaps in a session-bound token store once any test has used it): an
     * anonymous visitor of the public pages and the sign-in form gets no session and writes none.
     */
    @Test
    void anonymousVisitorsOfPublicPagesAndTheSignInFormGetNoSession() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
        for (String path : new String[] {"/", "/login", "/placemat", "/transparency", "/public/governance",
                "/funding"}) {
            HttpResponse<String> read = new WebClient(port).get(path);
            assertThat(read.statusCode()).as(path).isIn(200, 302);
            assertThat(read.headers().allValues("Set-Cookie")).as(path + " sets no session cookie")
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class)).isEqualTo(before);
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        HttpResponse<String> response = api("/api/v1/no-such-thing").GET().send();
        assertProblem(response, 404);
    }

    @Test
    void aWrongMethodIsA405Problem() throws Exception {
        assertProblem(api("/api/v1/me").DELETE().send(), 405);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() throws Exception {
        assertProblem(api("/api/v1/users").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).send(), 415);
    }

    @Test
    void malformedJsonIsA400ProblemAndStoresNothing() throws Exception {
        long before = userCount();
        HttpResponse<String> response = api("/api/v1/users").json("{\"username\": \"half").send();
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"body\"");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() throws Exception {
        HttpResponse<String> response = api("/api/v1/users").json("{\"username\": {\"nested\": 1}}").send();
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"username\"");
    }

    @Test
    void anUnknownEnumValueNamesTheField() throws Exception {
        HttpResponse<String> response = api("/api/v1/users").json("""
                {"username": "enumtest", "roles": ["GENERAL"], "clearance": "MISSION",
                 "initialPassword": "long-enough-password"}""").send();
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"roles");
        assertThat(users.findByUsername("enumtest")).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        HttpResponse<String> response = api("/api/v1/users").json("{}").send();
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"username\"");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWithA413ProblemAndStoresNothing() throws Exception {
        long before = userCount();
        String huge = "{\"username\": \"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> response = api("/api/v1/users").json(huge).send();
        assertProblem(response, 413);
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void anUnknownPageIsTheNotFoundPageWithoutInternals() throws Exception {
        client.signIn("viewer", "resolute-demo");
        HttpResponse<String> response = client.get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void theErrorPathOpenedDirectlyIsNotFoundNotAServerError() throws Exception {
        HttpResponse<String> page = client.get("/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").doesNotContain("Exception");
        client.signIn("viewer", "resolute-demo");
        assertThat(client.send(java.net.http.HttpRequest.newBuilder(client.uri("/error"))
                .header("Accept", "application/json").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aFormSentWithoutItsCsrfTokenSaysSoOrSendsAStrangerToSignIn() throws Exception {
        HttpResponse<String> anonymous = client.send(java.net.http.HttpRequest.newBuilder(
                client.uri("/governance/meetings")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=x")));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        client.signIn("admin", "resolute-demo");
        HttpResponse<String> signedIn = client.send(java.net.http.HttpRequest.newBuilder(
                client.uri("/governance/meetings")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=x")));
        assertThat(signedIn.statusCode()).isEqualTo(403);
        assertThat(signedIn.body()).contains("without a valid security token").doesNotContain("Your roles");
    }

    @Test
    void aViewerOpeningAnAdminPageGetsTheForbiddenPage() throws Exception {
        client.signIn("viewer", "resolute-demo");
        HttpResponse<String> response = client.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed");
    }

    long userCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    ApiCall api(String path) {
        return new ApiCall(client.withToken(path, adminToken));
    }

    /** A request being built against the API with the administrator's token. */
    final class ApiCall {

        private final HttpRequest.Builder request;

        ApiCall(HttpRequest.Builder request) {
            this.request = request;
        }

        ApiCall GET() {
            request.GET();
            return this;
        }

        ApiCall DELETE() {
            request.DELETE();
            return this;
        }

        ApiCall POST(HttpRequest.BodyPublisher body) {
            request.POST(body);
            return this;
        }

        ApiCall header(String name, String value) {
            request.header(name, value);
            return this;
        }

        ApiCall json(String body) {
            return header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }

        HttpResponse<String> send() throws Exception {
            return client.send(request);
        }
    }
}
