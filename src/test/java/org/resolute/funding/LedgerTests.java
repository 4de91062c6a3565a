package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.JournalVerification;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.Posting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.PostingResult;
import org.resolute.funding.domain.Side;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The journal's rules, through the facade and the API, on both databases. */
abstract class LedgerTests {

    static final LocalDate DAY = LocalDate.of(2020, 10, 5);

    @Autowired
    Ledger ledger;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    LedgerFixture books;

    @BeforeEach
    void openAccounts() {
        books = new LedgerFixture(ledger);
    }

    @Test
    void aBalancedPostingMovesBothBalancesAndTheyEqualTheirEntries() {
        ledger.post(books.receipt("r1", "1000.50", DAY));
        ledger.post(books.receipt("r2", "250.25", DAY.plusDays(1)));

        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("1250.75");
        assertThat(ledger.balance(books.donor.id()).balance()).isEqualByComparingTo("-1250.75");
        assertThat(ledger.balance(books.donor.id()).entries()).isEqualTo(2);
        assertThat(ledger.balanceOn(books.bank.id(), DAY)).isEqualByComparingTo("1000.50");
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
    }

    @Test
    void aReplayAnswersTheFirstPostingAndPostsNothing() {
        PostingResult first = ledger.post(books.receipt("once", "10", DAY));
        PostingResult again = ledger.post(books.receipt("once", "10", DAY));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.posting().id()).isEqualTo(first.posting().id());
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("10");
        assertThat(postingsUnder(books.key("once"))).isEqualTo(1);
    }

    @Test
    void aKeyUsedForADifferentPostingIsRefused() {
        ledger.post(books.receipt("used", "10", DAY));
        assertThatThrownBy(() -> ledger.post(books.receipt("used", "11", DAY)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("different posting");
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("10");
    }

    @Test
    void aCorrectionIsAReversalThatTurnsEveryLineOverOnce() {
        Posting wrong = ledger.post(books.receipt("wrong", "500", DAY)).posting();
        PostingResult reversal = ledger.reverse(wrong.id(), books.key("undo"), null, "typed twice");

        assertThat(reversal.posting().reverses()).isEqualTo(wrong.id());
        assertThat(reversal.posting().lines()).extracting(PostingLine::side).containsExactly(Side.CREDIT, Side.DEBIT);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("0");
        assertThat(ledger.posting(wrong.id()).lines()).isEqualTo(wrong.lines());
        assertThat(ledger.reverse(wrong.id(), books.key("undo"), null, "typed twice").replayed()).isTrue();
        assertThatThrownBy(() -> ledger.reverse(wrong.id(), books.key("undo-again"), null, "again"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already reversed");
        assertThatThrownBy(() -> ledger.reverse(reversal.posting().id(), books.key("undo-undo"), null, "x"))
                .isInstanceOf(InvalidInput.class);
        assertThat(ledger.balance(books.bank.id()).entries()).isEqualTo(2);
    }

    @Test
    void noPostingGoesIntoAClosedMonth() {
        YearMonth month = YearMonth.of(1950 + (int) (Math.abs(books.tag.hashCode()) % 30), 1 + (int) (Math.abs(
                books.tag.hashCode() / 30) % 12));
        LocalDate inside = month.atDay(15);
        ledger.post(books.receipt("before-close", "5", inside));
        ledger.close(month);

        assertThat(ledger.isClosed(month)).isTrue();
        assertThatThrownBy(() -> ledger.post(books.receipt("after-close", "5", inside)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("closed");
        assertThat(ledger.post(books.receipt("next-month", "5", month.plusMonths(1).atDay(1))).replayed()).isFalse();
        assertThatThrownBy(() -> ledger.close(month)).hasMessageContaining("already closed");
    }

    @Test
    void aMonthBeingClosedTakesNoPostingThatWasInFlight() throws Exception {
        YearMonth month = YearMonth.of(1920 + (int) (Math.abs(books.tag.hashCode()) % 30), 1 + (int) (Math.abs(
                books.tag.hashCode() / 30) % 12));
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(4);
        java.util.Set<String> posted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.List<java.util.concurrent.Future<Throwable>> outcomes = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            outcomes.add(writers.submit(() -> {
                started.countDown();
                for (int n = 0; ; n++) {
                    String key = "close-race-" + writer + "-" + n;
                    try {
                        ledger.post(books.receipt(key, "1", month.atDay(1 + n % 28)));
                        posted.add(books.key(key));
                    } catch (InvalidInput refused) {
                        return refused.getMessage().contains("closed") ? null : refused;
                    } catch (RuntimeException other) {
                        return other;
                    }
                }
            }));
        }
        started.await();
        while (posted.size() < 20) {
            Thread.sleep(5);
        }
        ledger.close(month);
        long inTheMonthWhenClosed = postingsDatedIn(month);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (var outcome : outcomes) {
            assertThat(outcome.get()).as("every writer stops only at the closed month").isNull();
        }
        assertThat(postingsDatedIn(month)).as("postings in the month after it was closed")
                .isEqualTo(inTheMonthWhenClosed).isEqualTo(posted.size());
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
    }

    long postingsDatedIn(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM funding_posting WHERE value_date BETWEEN :from AND :to "
                + "AND idempotency_key LIKE :tag", Map.of("from", month.atDay(1), "to", month.atEndOfMonth(), "tag",
                books.tag + "-%"), Long.class);
    }

    @Test
    void refusesAnUnknownAccountAndAnAmountInAnotherCurrencyThanTheAccounts() {
        assertThatThrownBy(() -> ledger.post(new NewPosting(books.key("x"), DAY, "unknown", "", List.of(
                PostingLine.debit("TEST:NOWHERE:USD", Money.of("1", "USD")),
                PostingLine.credit(books.donor.id(), Money.of("1", "USD"))))))
                .hasMessageContaining("no account TEST:NOWHERE:USD");
        for (String attempt : List.of("y", "y-again")) { // the second reads the currency this node already knows
            assertThatThrownBy(() -> ledger.post(new NewPosting(books.key(attempt), DAY, "currency", "", List.of(
                    PostingLine.debit(books.euroBank.id(), Money.of("1", "USD")),
                    PostingLine.credit(books.donor.id(), Money.of("1", "USD"))))))
                    .hasMessageContaining("kept in EUR");
        }
        assertThat(postingsUnder(books.key("x")) + postingsUnder(books.key("y"))).isZero();
    }

    @Test
    void theApiPostsOnceUnderAnIdempotencyKeyAndAnswersReplaysWithTheFirstPosting() throws Exception {
        String body = """
                {"valueDate": "2020-10-05", "description": "API receipt", "lines": [
                  {"account": "%s", "side": "DEBIT", "amount": 42.5, "currency": "USD"},
                  {"account": "%s", "side": "CREDIT", "amount": 42.5, "currency": "USD"}]}
                """.formatted(books.bank.id(), books.donor.id());
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/ledger/postings")
                        .with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", books.key("api")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/ledger/postings").with(user(accounts.loadUserByUsername("fundmanager")))
                        .with(csrf()).header("Idempotency-Key", books.key("api"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/v1/ledger/postings").with(user(accounts.loadUserByUsername("fundmanager")))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("Idempotency-Key"));
        mvc.perform(post("/api/v1/ledger/postings").with(user(accounts.loadUserByUsername("donor")))
                        .with(csrf()).header("Idempotency-Key", books.key("api-donor"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo(new BigDecimal("42.5"));
    }

    @Test
    void aBatchPostsEachPostingOnceAndAnswersKeysAlreadyUsedAsReplays() {
        ledger.post(books.receipt("b1", "1", DAY));
        List<PostingResult> results = ledger.postAll(List.of(books.receipt("b1", "1", DAY),
                books.receipt("b2", "2", DAY), books.receipt("b3", "3", DAY)));
        assertThat(results).extracting(PostingResult::replayed).containsExactly(true, false, false);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("6");
        assertThatThrownBy(() -> ledger.postAll(List.of(books.receipt("b4", "4", DAY), new NewPosting(
                books.key("b5"), DAY, "bad", "", List.of(PostingLine.debit("TEST:NOWHERE:USD", Money.of("1", "USD")),
                PostingLine.credit(books.donor.id(), Money.of("1", "USD")))))))
                .isInstanceOf(InvalidInput.class);
        assertThat(postingsUnder(books.key("b4"))).as("a batch is all or nothing").isZero();
    }

    @Test
    void aPostingWrittenAloneAndTheSamePostingInABatchLeaveTheSameEntriesAndBalances() {
        Posting alone = ledger.post(books.receipt("alone", "75.50", DAY)).posting();
        Posting batched = ledger.postAll(List.of(books.receipt("batched", "75.50", DAY))).get(0).posting();

        assertThat(entriesOf(batched)).isNotEmpty().isEqualTo(entriesOf(alone));
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("151.00");
        assertThat(ledger.balance(books.bank.id()).entries()).isEqualTo(2);
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
    }

    private List<Map<String, Object>> entriesOf(Posting posting) {
        return jdbc.queryForList("""
                SELECT line, account_id, side, amount, currency, value_date, classification, releasable_to
                FROM funding_entry WHERE posting_id = :id ORDER BY line
                """, Map.of("id", posting.id()));
    }

    @Test
    void aBatchIsWrittenSetBasedAuditedOnceWithTheDigestOfItsPostingsAndSealedIntoTheChain() {
        List<PostingResult> results = ledger.postAll(List.of(books.receipt("s1", "5", DAY),
                books.receipt("s2", "7", DAY.plusDays(3)), books.receipt("s1", "5", DAY)));
        assertThat(results).extracting(PostingResult::replayed).containsExactly(false, false, true);
        assertThat(results.get(2).posting().id()).isEqualTo(results.get(0).posting().id());
        assertThat(ledger.posting(results.get(1).posting().id()).lines()).hasSize(2);
        assertThat(ledger.balance(books.bank.id()).balance()).isEqualByComparingTo("12");
        assertThat(ledger.balance(books.bank.id()).entries()).isEqualTo(2);
        String batch = jdbc.queryForObject("SELECT CAST(batch_id AS VARCHAR(40)) FROM funding_posting WHERE id = :id",
                Map.of("id", results.get(0).posting().id()), String.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'PostingBatch' "
                + "AND record_id = :batch AND after_state LIKE :digest", Map.of("batch", batch, "digest",
                "%\"postings\":2%"), Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Posting' "
                + "AND record_id = :id", Map.of("id", results.get(0).posting().id().toString()), Long.class)).isZero();
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
        assertThat(ledger.verify().valid()).isTrue();
        assertThatThrownBy(() -> ledger.postAll(List.of(books.receipt("s3", "1", DAY),
                books.receipt("s1", "6", DAY)))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("different posting");
        assertThat(postingsUnder(books.key("s3"))).as("a batch is all or nothing").isZero();
    }

    @Test
    void aBatchWithAPostingInAClosedMonthIsRefusedWhole() {
        YearMonth month = YearMonth.of(1880 + (int) (Math.abs(books.tag.hashCode()) % 30), 1 + (int) (Math.abs(
                books.tag.hashCode() / 30) % 12));
        ledger.close(month);
        assertThatThrownBy(() -> ledger.postAll(List.of(books.receipt("open", "1", DAY),
                books.receipt("closed", "1", month.atDay(2))))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("closed");
        assertThat(postingsUnder(books.key("open")) + postingsUnder(books.key("closed"))).isZero();
    }

    @Test
    void theVerificationNamesAnEntryAlteredInTheDatabase() throws Exception {
        Posting posting = ledger.post(books.receipt("tamper", "77", DAY)).posting();
        mvc.perform(get("/api/v1/ledger/verification").with(user(accounts.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());
        Long entry = jdbc.queryForObject("SELECT id FROM funding_entry WHERE posting_id = :id AND line = 1",
                Map.of("id", posting.id()), Long.class);
        jdbc.update("UPDATE funding_entry SET amount = 7700 WHERE id = :id", Map.of("id", entry));
        try {
            mvc.perform(get("/api/v1/ledger/verification").with(user(accounts.loadUserByUsername("auditor"))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(entry))
                    .andExpect(jsonPath("$.checkedEntries").isNumber());
        } finally {
            jdbc.update("UPDATE funding_entry SET amount = 77 WHERE id = :id", Map.of("id", entry));
        }
        assertThat(ledger.verify().valid()).isTrue();
        mvc.perform(get("/api/v1/ledger/verification").with(user(accounts.loadUserByUsername("fundmanager"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theVerificationNamesThePostingWhoseHeaderWasAlteredInTheDatabase() {
        Posting posting = ledger.post(books.receipt("tamper-header", "12", DAY)).posting();
        assertThat(ledger.verify().valid()).isTrue();
        Long firstLine = jdbc.queryForObject("SELECT id FROM funding_entry WHERE posting_id = :id AND line = 1",
                Map.of("id", posting.id()), Long.class);
        jdbc.update("UPDATE funding_posting SET description = 'a different movement' WHERE id = :id",
                Map.of("id", posting.id()));
        try {
            JournalVerification verification = ledger.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(firstLine);
            assertThat(verification.problem()).contains("altered");
        } finally {
            jdbc.update("UPDATE funding_posting SET description = :text WHERE id = :id",
                    Map.of("id", posting.id(), "text", posting.description()));
        }
        jdbc.update("UPDATE funding_posting SET posted_by = 'someone else' WHERE id = :id",
                Map.of("id", posting.id()));
        try {
            assertThat(ledger.verify().firstBrokenEntry()).isEqualTo(firstLine);
        } finally {
            jdbc.update("UPDATE funding_posting SET posted_by = :by WHERE id = :id",
                    Map.of("id", posting.id(), "by", posting.postedBy()));
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    long postingsUnder(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM funding_posting WHERE idempotency_key = :key",
                Map.of("key", key), Long.class);
    }
}

@OnH2
class LedgerOnH2Tests extends LedgerTests {
}

@OnPostgres
class LedgerOnPostgresTests extends LedgerTests {
}
