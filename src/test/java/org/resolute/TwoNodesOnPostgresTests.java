package org.resolute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.resolute.support.PostgresDatabase;
import org.resolute.support.Rows;
import org.resolute.support.SeparateNode;
import org.resolute.support.WebClient;

/**
 * Two nodes, each the application started as a process of its own, started together on one empty PostgreSQL
 * schema, behave as one: postings (some sent to both nodes at once under the same key) and receipts go through
 * both, then plans; then every key holds one posting, the one both nodes answered, kept balances equal their
 * entries, each plan was solved once (one SOLVING in its audit trail), a plan started on a busy node is solved by
 * the other, a plan is stopped through the node not solving it, a session opened on one node is signed in on the
 * other, and both hash chains verify from either node with no gap. Without PostgreSQL the test is skipped locally
 * and fails when infrastructure is required.
 */
@ExtendWith(PostgresDatabase.class)
class TwoNodesOnPostgresTests {

    static final int CLIENTS = 6;
    static final int POSTINGS_PER_CLIENT = 25;
    static final int RECEIPTS = 12;
    static final Duration READY_WITHIN = Duration.ofSeconds(150);
    static final Duration SETTLED_WITHIN = Duration.ofSeconds(120);
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<SeparateNode> started = new ArrayList<>();
    PostgresDatabase.Separate database;

    @AfterEach
    void stopNodes() {
        started.forEach(SeparateNode::close);
    }

    @Test
    void twoNodesOnOneDatabaseBookEachPostingOnceSolveEachPlanOnceAndKeepOneChain() throws Exception {
        long began = System.nanoTime();
        database = PostgresDatabase.separateApplication("nodes");
        List<String> arguments = List.of("--resolute.demo.background=false",
                "--spring.datasource.hikari.maximum-pool-size=" + (2 * CLIENTS + 6));
        SeparateNode nodeA = SeparateNode.start("node-a", database, "two-nodes-test", arguments);
        started.add(nodeA);
        SeparateNode nodeB = SeparateNode.start("node-b", database, "two-nodes-test", arguments);
        started.add(nodeB);
        nodeA.awaitReady(READY_WITHIN);
        nodeB.awaitReady(READY_WITHIN);
        int a = nodeA.port();
        int b = nodeB.port();
        List<Integer> nodes = List.of(a, b);
        long ready = System.nanoTime();

        WebClient signedInOnA = new WebClient(a).signIn("fundmanager", "resolute-demo");
        String manager = nodeA.token(signedInOnA);
        String planner = nodeB.token(new WebClient(b).signIn("planner", "resolute-demo"));
        String auditor = nodeA.token(new WebClient(a).signIn("auditor", "resolute-demo"));
        assertThat(sameSessionOn(signedInOnA, b)).as("the session opened on node A, sent to node B").isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> opened = send(nodes.get(i % 2), manager, "/api/v1/ledger/accounts", null, """
                    {"fund": "NODES", "kind": "BANK", "party": "N%d", "currency": "USD"}""".formatted(i));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        }

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ExecutorService senders = Executors.newCachedThreadPool();
        List<Future<Integer>> postings = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            postings.add(clients.submit(() -> post(client, nodes, manager, senders, acknowledged)));
        }
        Map<String, String> receipts = new ConcurrentHashMap<>();
        for (int r = 0; r < RECEIPTS; r++) {
            String key = "nodes-receipt-" + r;
            String body = """
                    {"donor": "CAN", "fund": "ANATF", "pledgeYear": 2019, "amount": %d, "currency": "USD",
                     "valueDate": "2019-06-14", "bankReference": "NODES-%d"}""".formatted(1000 + r, r);
            List<Callable<HttpResponse<String>>> both = new ArrayList<>();
            for (int node : r % 3 == 0 ? nodes : List.of(nodes.get(r % 2))) {
                both.add(() -> sendUntilAnswered(node, manager, "/api/v1/receipts", key, body));
            }
            for (Future<HttpResponse<String>> answer : senders.invokeAll(both)) {
                String receipt = id(answer.get(), 201, 200);
                assertThat(receipts.putIfAbsent(key, receipt)).as("the receipt under %s", key).isIn(null, receipt);
            }
        }
        int requests = 0;
        for (Future<Integer> client : postings) {
            requests += client.get();
        }

        String longPlan = id(send(a, planner, "/api/v1/plans", null,
                "{\"kind\": \"ALLOCATION\", \"secondsLimit\": 300}"), 202);
        String solving = awaitSolverOf(longPlan);
        int busy = solving.equals("node-a") ? a : b;
        int free = busy == a ? b : a;
        String shortPlan = id(send(busy, planner, "/api/v1/plans", null,
                "{\"kind\": \"DRAWDOWN\", \"troopCeiling\": 11000, \"secondsLimit\": 2}"), 202);
        assertThat(awaitStatus(free, planner, shortPlan, "SOLVED")).isEqualTo("SOLVED");
        String oneMore = id(send(free, planner, "/api/v1/plans", null,
                "{\"kind\": \"ALLOCATION\", \"secondsLimit\": 1}"), 202);
        assertThat(awaitStatus(busy, planner, oneMore, "SOLVED")).isEqualTo("SOLVED");
        assertThat(send(free, planner, "/api/v1/plans/" + longPlan + "/stop", null, "").statusCode()).isEqualTo(200);
        assertThat(awaitStatus(free, planner, longPlan, "STOPPED")).isEqualTo("STOPPED");

        List<Future<HttpResponse<String>>> verifications = new ArrayList<>();
        for (int node : nodes) {
            for (String path : List.of("/api/v1/ledger/verification", "/api/v1/audit/verification")) {
                verifications.add(senders.submit(() -> http.send(HttpRequest.newBuilder(uri(node, path))
                        .header("Authorization", "Bearer " + auditor).GET().build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
        }
        for (Future<HttpResponse<String>> verification : verifications) {
            assertThat(verification.get().statusCode()).isEqualTo(200);
            assertThat(verification.get().body()).contains("\"valid\":true").doesNotContain("\"checkedEntries\":0,");
        }
        clients.shutdown();
        senders.shutdown();

        try (Connection connection = PostgresDatabase.connect(database.schema())) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(Rows.column(connection, "SELECT id FROM funding_posting WHERE idempotency_key = ?",
                        ack.getKey())).as("postings under %s", ack.getKey()).containsExactly(ack.getValue());
            }
            for (Map.Entry<String, String> receipt : receipts.entrySet()) {
                assertThat(Rows.column(connection, """
                        SELECT r.id FROM funding_receipt r JOIN funding_posting p ON p.id = r.posting_id
                        WHERE p.idempotency_key = 'receipt:' || ?""", receipt.getKey()))
                        .as("receipts under %s", receipt.getKey()).containsExactly(receipt.getValue());
            }
            assertThat(Rows.count(connection, """
                    SELECT COUNT(*) FROM funding_account_balance b
                    LEFT JOIN (SELECT account_id, SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total,
                                      COUNT(*) AS n
                               FROM funding_entry GROUP BY account_id) e ON e.account_id = b.account_id
                    WHERE b.balance <> COALESCE(e.total, 0) OR b.entries <> COALESCE(e.n, 0)""")).as(
                    "kept balances differing from their entries").isZero();
            for (String plan : List.of(longPlan, shortPlan, oneMore)) {
                assertThat(Rows.column(connection, """
                        SELECT after_state FROM audit_entry WHERE record_type = 'Plan' AND record_id = ?
                        AND after_state LIKE '%"status":"SOLVING"%'""", plan)).as("solves of plan %s", plan)
                        .hasSize(1);
            }
            assertThat(Rows.column(connection, "SELECT solver_node FROM plan WHERE id = CAST(? AS UUID)", shortPlan))
                    .as("the plan started on the busy node is solved by the other").containsExactly(
                            free == a ? "node-a" : "node-b");
            for (String chain : List.of("funding_entry", "audit_entry")) {
                assertThat(Rows.count(connection, "SELECT COUNT(*) FROM " + chain + " WHERE chain_position IS NULL"))
                        .as("unsealed entries of %s", chain).isZero();
                assertThat(Rows.count(connection, "SELECT MAX(chain_position) - COUNT(*) FROM " + chain))
                        .as("gaps in the positions of %s", chain).isZero();
            }
            assertThat(Rows.column(connection, "SELECT DISTINCT name FROM cluster_duty WHERE holder IN (?, 'node-b')",
                    "node-a")).as("duties run under a lease").contains("audit-seal", "journal-seal");
        }
        System.out.printf("Two nodes: ready in %d s; %d posting requests (%d keys acknowledged), %d receipts, "
                + "3 plans; whole test %d s%n", (ready - began) / 1_000_000_000, requests, acknowledged.size(),
                receipts.size(), (System.nanoTime() - began) / 1_000_000_000);
    }

    /**
     * One client's postings, alternating between the nodes; every fourth key is sent to both nodes at once, and
     * both must answer the same posting. Returns how many requests it sent.
     */
    private int post(int client, List<Integer> nodes, String token, ExecutorService pool,
            Map<String, String> acknowledged) throws Exception {
        int requests = 0;
        for (int n = 0; n < POSTINGS_PER_CLIENT; n++) {
            String key = "nodes-" + client + "-" + n;
            int from = (client + n) % 4;
            int to = (from + 1 + n % 3) % 4;
            String body = """
                    {"valueDate": "2020-10-05", "description": "two nodes", "lines": [
                      {"account": "NODES:BANK:N%d:USD", "side": "DEBIT", "amount": 1, "currency": "USD"},
                      {"account": "NODES:BANK:N%d:USD", "side": "CREDIT", "amount": 1, "currency": "USD"}]}
                    """.formatted(from, to);
            List<Integer> targets = n % 4 == 0 ? nodes : List.of(nodes.get((client + n) % 2));
            List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
            for (int node : targets) {
                sends.add(() -> sendUntilAnswered(node, token, "/api/v1/ledger/postings", key, body));
            }
            List<Future<HttpResponse<String>>> answers = targets.size() == 1
                    ? List.of(pool.submit(sends.get(0))) : pool.invokeAll(sends);
            for (Future<HttpResponse<String>> answer : answers) {
                String posting = id(answer.get(), 201, 200);
                String first = acknowledged.putIfAbsent(key, posting);
                assertThat(first).as("the posting both nodes answered under %s", key).isIn(null, posting);
                requests++;
            }
        }
        return requests;
    }

    /** Sends until the answer is final: a 409 says the first request under the key has not committed yet. */
    private HttpResponse<String> sendUntilAnswered(int node, String token, String path, String key, String body)
            throws Exception {
        HttpResponse<String> answer = send(node, token, path, key, body);
        for (int retry = 0; answer.statusCode() == 409 && retry < 50; retry++) {
            Thread.sleep(100);
            answer = send(node, token, path, key, body);
        }
        return answer;
    }

    private String awaitSolverOf(String plan) throws Exception {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        try (Connection connection = PostgresDatabase.connect(database.schema())) {
            while (System.nanoTime() < deadline) {
                List<String> solver = Rows.column(connection,
                        "SELECT solver_node FROM plan WHERE id = CAST(? AS UUID) AND status = 'SOLVING'", plan);
                if (!solver.isEmpty()) {
                    return solver.get(0);
                }
                Thread.sleep(200);
            }
        }
        return fail("plan " + plan + " was not claimed by a node within " + SETTLED_WITHIN);
    }

    private String awaitStatus(int node, String token, String plan, String wanted) throws Exception {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        String status = null;
        while (System.nanoTime() < deadline && !wanted.equals(status)) {
            Thread.sleep(200);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(node, "/api/v1/plans/" + plan))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher found = STATUS.matcher(answer.body());
            status = found.find() ? found.group(1) : null;
        }
        return status;
    }

    /** The status of the home page on the given node for the browser's session cookie. */
    private static int sameSessionOn(WebClient browser, int port) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").GET()).statusCode();
    }

    private HttpResponse<String> send(int node, String token, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> answer, Integer... accepted) {
        assertThat(answer.statusCode()).as(answer.body()).isIn((Object[]) accepted);
        Matcher id = ID.matcher(answer.body());
        assertThat(id.find()).as("an id in %s", answer.body()).isTrue();
        return id.group(1);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
