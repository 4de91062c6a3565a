package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * While the database cannot be reached (here: every connection of the pool held, as in a failover or a pool
 * exhausted past its timeout; a server of its own with a pool of 4 and a 250 ms wait), a request is answered 503 with Retry-After, a problem for the API and a page that
 * says so for people, never a 500; once the database is back, the same request is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:resolute-unavailable;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=250"})
@ActiveProfiles("test")
class DatabaseUnavailableTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    final List<Connection> held = new ArrayList<>();
    @BeforeEach
    void holdEveryConnection() {
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } catch (SQLException exhausted) {
            assertThat(held).isNotEmpty();
        }
    }

    @AfterEach
    void releaseThem() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
    }

    @Test
    void anApiClientIsToldToRetryAndThePublicPageSaysWhy() throws Exception {
        WebClient client = new WebClient(port);
        HttpResponse<String> api = client.send(
                HttpRequest.newBuilder(client.uri("/api/v1/placemat")).header("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).contains("1");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("send it again in a moment");
        assertThat(api.headers().firstValue("Cache-Control")).as("no proxy keeps the outage").contains("no-store");

        HttpResponse<String> page = new WebClient(port).get("/placemat");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("1");
        assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> funds = client.send(
                HttpRequest.newBuilder(client.uri("/api/v1/public/funds")).header("Accept", "application/json"));
        assertThat(funds.statusCode()).as("a failure inside the API's own handler").isEqualTo(503);
        assertThat(funds.headers().firstValue("Cache-Control")).contains("no-store");

        releaseThem();
        held.clear();
        assertThat(client.send(HttpRequest.newBuilder(client.uri("/api/v1/placemat"))
                .header("Accept", "application/json")).statusCode()).isEqualTo(200);
        assertThat(client.get("/placemat").statusCode()).isEqualTo(200);
    }
}
