package org.resolute.support;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resolute.ResoluteApplication;

/**
 * An application node started as a process of its own on a separate PostgreSQL schema, on a free port, its log in
 * {@code target/<directory>/<id>.log}: for tests of what several nodes, or a killed one, do.
 */
public final class SeparateNode implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final String id;
    private final int port;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SeparateNode(String id, int port, Path log, Process process) {
        this.id = id;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the node with the demo profile, its id, and the given arguments; it is not ready yet. */
    public static SeparateNode start(String id, PostgresDatabase.Separate database, String directory,
            List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), ResoluteApplication.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=demo", "--resolute.node.id=" + id));
        command.addAll(arguments);
        command.addAll(database.arguments());
        Path log = Files.createDirectories(Paths.get("target", directory)).resolve(id + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SeparateNode(id, port, log, process);
    }

    /** Waits until the node's readiness answers 200; fails when it stops or is not ready in time. */
    public void awaitReady(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(id + " stopped on start: " + tail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail(id + " was not ready within " + within + ": " + tail());
    }

    /** A personal access token of a demo user, issued on this node through a session signed in on it. */
    public String token(WebClient browser) throws Exception {
        Matcher csrf = CSRF.matcher(browser.get("/").body());
        assertThat(csrf.find()).as("the home page carries a CSRF token").isTrue();
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/tokens"))
                .header("X-CSRF-TOKEN", csrf.group(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"test on " + id + "\"}")));
        Matcher token = TOKEN.matcher(issued.body());
        assertThat(token.find()).as(issued.body()).isTrue();
        return token.group(1);
    }

    public String id() {
        return id;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Stops the node as an orchestrator would (SIGTERM: a graceful shutdown). */
    @Override
    public void close() {
        process.destroy();
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
