package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.Ledger;
import org.resolute.identity.domain.Accounts;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation that takes an Idempotency-Key behaves the same: concurrent identical requests under one key
 * answer one record (201 once, 200 replays, or 409 while the first is still writing) and write it once; a
 * different request under a used key is refused with 422 naming the key and writes nothing.
 */
abstract class IdempotencyTests {

    static final int CONCURRENT = 20;
    static final int ROUNDS = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundBook register;

    @Autowired
    Ledger ledger;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    SignedInUser fundManager;

    @BeforeEach
    void signIn() {
        fundManager = accounts.loadUserByUsername("fundmanager");
    }

    @Test
    void twentyConcurrentIdenticalRequestsUnderOneKeyAnswerOneRecordCreatedOnceAndPostOnce() throws Exception {
        String donor = newDonor();
        LedgerFixture books = new LedgerFixture(ledger);
        Map<String, Integer> figures = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String amount = "1" + round + "00.50";
            String receipt = """
                    {"donor": "%s", "fund": "ANATF", "pledgeYear": 2019, "amount": %s, "currency": "EUR",
                     "valueDate": "2019-06-14", "bankReference": "RACE-%d"}""".formatted(donor, amount, round);
            String movement = """
                    {"fund": "ANATF", "kind": "ALLOCATION", "project": "RACE-%d", "amountUsd": %s,
                     "valueDate": "2019-07-01"}""".formatted(round, amount);
            String posting = """
                    {"valueDate": "2019-06-14", "description": "Race %d", "sourceRef": "race", "lines": [
                      {"account": "%s", "side": "DEBIT", "amount": %s, "currency": "USD"},
                      {"account": "%s", "side": "CREDIT", "amount": %s, "currency": "USD"}]}"""
                    .formatted(round, books.bank.id(), amount, books.donor.id(), amount);
            race("receipt", "/api/v1/receipts", receipt, "receipt:", figures);
            race("movement", "/api/v1/movements", movement, "movement:", figures);
            race("posting", "/api/v1/ledger/postings", posting, "", figures);
        }
        System.out.println("Concurrent replays on " + getClass().getSimpleName() + " (" + ROUNDS + " rounds of "
                + CONCURRENT + " identical requests per key): " + figures);
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
    }

    private void race(String operation, String path, String body, String prefix, Map<String, Integer> figures)
            throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        List<MockHttpServletResponse> answers = new ArrayList<>();
        try {
            List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(keyed(path, key, body)).andReturn().getResponse();
                }));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> answer : sent) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = new ArrayList<>();
        int created = 0;
        for (MockHttpServletResponse answer : answers) {
            figures.merge(operation + " " + answer.getStatus(), 1, Integer::sum);
            assertThat(answer.getStatus()).as(operation + ": " + answer.getContentAsString())
                    .isIn(201, 200, 409);
            if (answer.getStatus() == 201) {
                created++;
            }
            if (answer.getStatus() == 200) {
                assertThat(answer.getHeader("Idempotent-Replayed")).isEqualTo("true");
            }
            if (answer.getStatus() != 409) {
                ids.add(json.readTree(answer.getContentAsString()).path("id").asString());
            }
        }
        assertThat(created).as(operation + ": created once").isEqualTo(1);
        assertThat(ids).as(operation + ": one record answered").containsOnly(ids.get(0));
        assertThat(postingsUnder(prefix + key)).as(operation + ": posted once").isEqualTo(1);
        if (operation.equals("receipt")) {
            assertThat(recordsUnder("funding_receipt", prefix + key)).isEqualTo(1);
        }
        if (operation.equals("movement")) {
            assertThat(recordsUnder("funding_movement", prefix + key)).isEqualTo(1);
        }
    }

    @Test
    void aReplayAsksTheSameWhateverTheAmountsTrailingZerosAndAnswersTheFirstRecord() throws Exception {
        String donor = newDonor();
        String key = UUID.randomUUID().toString();
        String body = """
                {"donor": "%s", "fund": "ANATF", "pledgeYear": 2019, "amount": %s, "currency": "EUR",
                 "valueDate": "2019-06-14", "bankReference": " ZEROS-1 "}""";
        String first = mvc.perform(keyed("/api/v1/receipts", key, body.formatted(donor, "2500")))
                .andReturn().getResponse().getContentAsString();
        MockHttpServletResponse again = mvc.perform(keyed("/api/v1/receipts", key,
                body.formatted(donor.toLowerCase(), "2500.00").replace(" ZEROS-1 ", "ZEROS-1")))
                .andReturn().getResponse();
        assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(again.getContentAsString()).path("id").asString())
                .isEqualTo(json.readTree(first).path("id").asString());
    }

    @Test
    void aDifferentReceiptUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothing() throws Exception {
        String donor = newDonor();
        String key = UUID.randomUUID().toString();
        String body = """
                {"donor": "%s", "fund": "ANATF", "pledgeYear": 2019, "amount": %s, "currency": "EUR",
                 "valueDate": "2019-06-14", "bankReference": "DIFF-1"}""";
        assertThat(mvc.perform(keyed("/api/v1/receipts", key, body.formatted(donor, "1000"))).andReturn()
                .getResponse().getStatus()).isEqualTo(201);
        assertRefused(mvc.perform(keyed("/api/v1/receipts", key, body.formatted(donor, "1001"))).andReturn()
                .getResponse(), key);
        assertRefused(mvc.perform(keyed("/api/v1/receipts", key, body.formatted(donor, "1000")
                .replace("ANATF", "LOTFA"))).andReturn().getResponse(), key);
        assertThat(recordsUnder("funding_receipt", "receipt:" + key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_receipt WHERE donor = :donor",
                Map.of("donor", donor), Long.class)).isEqualTo(1);
    }

    @Test
    void aDifferentMovementUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String project = "DIFF-" + key.substring(0, 8);
        String body = """
                {"fund": "ANATF", "kind": "ALLOCATION", "project": "%s", "amountUsd": %s,
                 "valueDate": "2019-07-01"}""";
        assertThat(mvc.perform(keyed("/api/v1/movements", key, body.formatted(project, "5000"))).andReturn()
                .getResponse().getStatus()).isEqualTo(201);
        assertRefused(mvc.perform(keyed("/api/v1/movements", key, body.formatted(project, "5001"))).andReturn()
                .getResponse(), key);
        assertRefused(mvc.perform(keyed("/api/v1/movements", key, body.formatted(project + "X", "5000")))
                .andReturn().getResponse(), key);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_movement WHERE project LIKE :project",
                Map.of("project", project + "%"), Long.class)).isEqualTo(1);
    }

    @Test
    void aDifferentPostingUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothing() throws Exception {
        LedgerFixture books = new LedgerFixture(ledger);
        String key = books.key("diff");
        String body = """
                {"valueDate": "2019-06-14", "description": "Diff", "lines": [
                  {"account": "%s", "side": "DEBIT", "amount": %s, "currency": "USD"},
                  {"account": "%s", "side": "CREDIT", "amount": %s, "currency": "USD"}]}""";
        assertThat(mvc.perform(keyed("/api/v1/ledger/postings", key, body.formatted(books.bank.id(), "10",
                books.donor.id(), "10"))).andReturn().getResponse().getStatus()).isEqualTo(201);
        assertRefused(mvc.perform(keyed("/api/v1/ledger/postings", key, body.formatted(books.bank.id(), "11",
                books.donor.id(), "11"))).andReturn().getResponse(), key);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("10");
        assertThat(ledger.balance(books.bank.id()).entries()).isEqualTo(1);
    }

    @Test
    void aDifferentBatchPostingUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothingOfTheBatch()
            throws Exception {
        LedgerFixture books = new LedgerFixture(ledger);
        String line = """
                {"idempotencyKey": "%s", "valueDate": "2019-06-14", "description": "Batch", "lines": [
                  {"account": "%s", "side": "DEBIT", "amount": %s, "currency": "USD"},
                  {"account": "%s", "side": "CREDIT", "amount": %s, "currency": "USD"}]}""";
        String used = books.key("batch-1");
        assertThat(mvc.perform(batch("[" + line.formatted(used, books.bank.id(), "20", books.donor.id(), "20")
                + "]")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertRefused(mvc.perform(batch("[" + line.formatted(books.key("batch-2"), books.bank.id(), "5",
                books.donor.id(), "5") + ", " + line.formatted(used, books.bank.id(), "21", books.donor.id(), "21")
                + "]")).andReturn().getResponse(), used);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("20");
        assertThat(postingsUnder(books.key("batch-2"))).as("a batch is all or nothing").isZero();
    }

    @Test
    void aDifferentReversalUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothing() throws Exception {
        LedgerFixture books = new LedgerFixture(ledger);
        UUID first = Viewers.runAs(Viewer.SYSTEM, () -> ledger.post(books.receipt("rev-1", "30",
                java.time.LocalDate.of(2019, 6, 14))).posting().id());
        UUID second = Viewers.runAs(Viewer.SYSTEM, () -> ledger.post(books.receipt("rev-2", "40",
                java.time.LocalDate.of(2019, 6, 14))).posting().id());
        String key = books.key("reversal");
        assertThat(mvc.perform(keyed("/api/v1/ledger/postings/" + first + "/reversal", key, "{\"reason\": \"x\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        assertThat(mvc.perform(keyed("/api/v1/ledger/postings/" + first + "/reversal", key,
                "{\"reason\": \" x \"}")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertRefused(mvc.perform(keyed("/api/v1/ledger/postings/" + second + "/reversal", key,
                "{\"reason\": \"x\"}")).andReturn().getResponse(), key);
        assertRefused(mvc.perform(keyed("/api/v1/ledger/postings/" + first + "/reversal", key,
                "{\"reason\": \"y\"}")).andReturn().getResponse(), key);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("40");
    }

    @Test
    void aDifferentIatiFileUnderAUsedKeyIsRefusedWith422NamingTheKeyAndStoresNothing() throws Exception {
        String code = newDonor();
        String provider = "XE-EXAMPLE-Q-" + code;
        String key = UUID.randomUUID().toString();
        assertThat(mvc.perform(iati(key, IatiTests.activity(provider, "1500.50"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(iati(key, IatiTests.activity(provider, "1500.50"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertRefused(mvc.perform(iati(key, IatiTests.activity(provider, "1600.50"))).andReturn().getResponse(),
                key);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_receipt WHERE donor = :donor",
                Map.of("donor", code), Long.class)).isEqualTo(1);
    }

    private void assertRefused(MockHttpServletResponse answer, String key) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(422);
        assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = json.readTree(answer.getContentAsString());
        assertThat(problem.path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.path("detail").asString()).contains(key);
    }

    private MockHttpServletRequestBuilder keyed(String path, String key, String body) {
        return post(path).with(user(fundManager)).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder batch(String body) {
        return post("/api/v1/ledger/postings/batch").with(user(accounts.loadUserByUsername("fundmanager")))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder iati(String key, String xml) {
        return post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_XML).content(xml);
    }

    private long postingsUnder(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM funding_posting WHERE idempotency_key = :key",
                Map.of("key", key), Long.class);
    }

    private long recordsUnder(String table, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " r JOIN funding_posting p ON p.id = "
                + "r.posting_id WHERE p.idempotency_key = :key", Map.of("key", key), Long.class);
    }

    String newDonor() {
        return DonorMother.newDonor(register, "Q");
    }
}

@OnH2
class IdempotencyOnH2Tests extends IdempotencyTests {
}

@OnPostgres
class IdempotencyOnPostgresTests extends IdempotencyTests {
}
