package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resolute.ResoluteApplication;
import org.resolute.support.PostgresDatabase;
import org.resolute.support.WebClient;

/**
 * The application, started as a process of its own on PostgreSQL, is killed with SIGKILL while eight clients
 * post over HTTP, then started again: every posting it acknowledged (201, or 200 for a replay) is in the journal
 * exactly once under its key with the id it answered, kept balances equal their entries, and the chain verifies.
 * Without PostgreSQL the test is skipped locally and fails when infrastructure is required.
 */
@ExtendWith(PostgresDatabase.class)
class LedgerCrashOnPostgresTests {

    static final int CLIENTS = 8;
    static final Duration READY_WITHIN = Duration.ofSeconds(120);
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final List<Process> started = new ArrayList<>();
    PostgresDatabase.Separate database;
    Path logs;
    int port;

    @AfterEach
    void stopApplications() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedPostingSurvivesAKillDuringTheLoadAndTheChainVerifies() throws Exception {
        database = PostgresDatabase.separateApplication("crash");
        logs = Files.createDirectories(Paths.get("target", "crash-test"));
        port = freePort();
        Process application = start(1);
        String manager = token("fundmanager");
        String auditor = token("auditor");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> opened = send(manager, "/api/v1/ledger/accounts", null, """
                    {"fund": "CRASH", "kind": "BANK", "party": "C%d", "currency": "USD"}""".formatted(i));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        }

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> load(client, manager, acknowledged, sent));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (acknowledged.size() < 100 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        application.destroyForcibly();
        assertThat(application.waitFor(20, TimeUnit.SECONDS)).isTrue();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stop when the server is gone").isTrue();
        assertThat(acknowledged).as("postings acknowledged before the kill").hasSizeGreaterThan(20);
        assertThat(sent.get()).as("requests still in flight when killed").isGreaterThan(acknowledged.size());

        start(2);
        try (Connection connection = PostgresDatabase.connect(database.schema())) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(postingsUnder(connection, ack.getKey())).as("postings under %s", ack.getKey())
                        .containsExactly(ack.getValue());
            }
            assertThat(discrepancies(connection)).as("kept balances differing from their entries").isZero();
        }
        HttpResponse<String> verification = http.send(HttpRequest.newBuilder(uri("/api/v1/ledger/verification"))
                .header("Authorization", "Bearer " + auditor).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("\"valid\":true").doesNotContain("\"checkedEntries\":0,");
    }

    /** Posts with fresh keys (every fifth one sent twice) until the server stops answering. */
    private void load(int client, String token, Map<String, String> acknowledged, AtomicInteger sent) {
        for (int n = 0; ; n++) {
            String key = "crash-" + client + "-" + n;
            int a = (client + n) % 4;
            int b = (a + 1 + n % 3) % 4;
            String body = """
                    {"valueDate": "2020-10-05", "description": "crash load", "lines": [
                      {"account": "CRASH:BANK:C%d:USD", "side": "DEBIT", "amount": 1, "currency": "USD"},
                      {"account": "CRASH:BANK:C%d:USD", "side": "CREDIT", "amount": 1, "currency": "USD"}]}
                    """.formatted(a, b);
            for (int attempt = 0; attempt < (n % 5 == 0 ? 2 : 1); attempt++) {
                try {
                    sent.incrementAndGet();
                    HttpResponse<String> answer = send(token, "/api/v1/ledger/postings", key, body);
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        Matcher id = ID.matcher(answer.body());
                        if (!id.find()) {
                            throw new IllegalStateException("an acknowledgement without an id: " + answer.body());
                        }
                        String first = acknowledged.putIfAbsent(key, id.group(1));
                        if (first != null && !first.equals(id.group(1))) {
                            throw new IllegalStateException("a replay of " + key + " answered another posting");
                        }
                    }
                } catch (IOException | InterruptedException gone) {
                    return;
                }
            }
        }
    }

    private Process start(int run) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), ResoluteApplication.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.hikari.maximum-pool-size=" + (CLIENTS + 4)));
        command.addAll(database.arguments());
        Path log = logs.resolve("application-" + run + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the application stopped on start " + run + ": " + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the application was not ready within " + READY_WITHIN + " on start " + run + ": " + tail(log));
        return process;
    }

    /** A personal access token of a demo user, issued through a signed-in session. */
    private String token(String username) throws Exception {
        WebClient browser = new WebClient(port).signIn(username, "resolute-demo");
        Matcher csrf = CSRF.matcher(browser.get("/").body());
        assertThat(csrf.find()).as("the home page carries a CSRF token").isTrue();
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/tokens"))
                .header("X-CSRF-TOKEN", csrf.group(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"crash test\"}")));
        Matcher token = TOKEN.matcher(issued.body());
        assertThat(token.find()).as(issued.body()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(String token, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> postingsUnder(Connection connection, String key) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM funding_posting WHERE idempotency_key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static long discrepancies(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT COUNT(*) FROM funding_account_balance b
                LEFT JOIN (SELECT account_id, SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total,
                                  COUNT(*) AS n
                           FROM funding_entry GROUP BY account_id) e ON e.account_id = b.account_id
                WHERE b.balance <> COALESCE(e.total, 0) OR b.entries <> COALESCE(e.n, 0)
                """)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
