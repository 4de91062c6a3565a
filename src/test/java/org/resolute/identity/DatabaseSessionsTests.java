package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnServer;
import org.resolute.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions live in the database, so any node can serve a signed-in user: the session row appears on sign-in,
 * carries the user and no password hash, and deleting it signs the user out everywhere.
 */
@OnServer
class DatabaseSessionsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInSessionIsARowInTheDatabaseAndEndsWithIt() throws Exception {
        WebClient client = new WebClient(port).signIn("advisor", "resolute-demo");
        HttpResponse<String> signedIn = me(client);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"advisor\"").contains("MISSION");

        Long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'advisor'",
                Long.class);
        assertThat(sessions).isPositive();
        byte[] context = jdbc.queryForObject("""
                SELECT a.attribute_bytes FROM spring_session_attributes a
                JOIN spring_session s ON s.primary_id = a.session_primary_id
                WHERE s.principal_name = 'advisor' AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                ORDER BY s.last_access_time DESC LIMIT 1
                """, byte[].class);
        assertThat(new String(context, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("$2a$")
                .doesNotContain("{bcrypt}");

        jdbc.update("DELETE FROM spring_session WHERE principal_name = 'advisor'");
        assertThat(me(client).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> me(WebClient client) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(client.uri("/api/v1/me"))
                .header("Accept", "application/json").GET());
    }
}
