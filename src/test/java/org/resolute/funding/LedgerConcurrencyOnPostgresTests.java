package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.Account;
import org.resolute.funding.domain.AccountKind;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.PostingResult;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Sixteen threads post to the same four accounts at once, each posting touching them in its own order, and send
 * the same keys again while the first request may still be running: no update is lost, nothing deadlocks, and
 * every key has exactly one posting.
 */
@OnPostgres
class LedgerConcurrencyOnPostgresTests {

    static final int THREADS = 16;
    static final int REQUESTS_PER_THREAD = 40;
    static final int KEYS = 240;

    @Autowired
    Ledger ledger;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void sixteenWritersWithReplaysLoseNoUpdateDeadlockNeverAndPostOncePerKey() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Account account = Account.of("CONC", AccountKind.BANK, tag + i, "USD", "Concurrent " + tag + " " + i);
            ledger.open(account);
            accounts.add(account);
        }
        List<NewPosting> postings = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            postings.add(posting(tag, k, accounts));
        }
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger replays = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    NewPosting posting = postings.get(random.nextInt(KEYS));
                    try {
                        PostingResult result = Viewers.runAs(Viewer.SYSTEM, () -> ledger.post(posting));
                        if (result.replayed()) {
                            replays.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        assertThat(failures).as("failures (a deadlock would be one)").isEmpty();
        assertThat(replays.get()).as("replays happened").isPositive();
        List<String> keys = jdbc.queryForList("SELECT idempotency_key FROM funding_posting WHERE idempotency_key "
                + "LIKE :tag", Map.of("tag", tag + "-%"), String.class);
        assertThat(keys).doesNotHaveDuplicates();
        Map<String, BigDecimal> model = new HashMap<>();
        postings.stream().filter(posting -> keys.contains(posting.idempotencyKey()))
                .forEach(posting -> LedgerPropertiesTests.apply(model, posting.lines()));
        for (Account account : accounts) {
            assertThat(ledger.balance(account.id()).balance()).as(account.id())
                    .isEqualByComparingTo(model.getOrDefault(account.id(), BigDecimal.ZERO));
        }
        assertThat(keys.size() + replays.get()).isEqualTo(THREADS * REQUESTS_PER_THREAD);
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
        assertThat(ledger.verify().valid()).isTrue();
    }

    /** Key k moves money around all four accounts, visiting them in an order of its own. */
    static NewPosting posting(String tag, int k, List<Account> accounts) {
        List<Account> order = new ArrayList<>(accounts);
        Collections.shuffle(order, new Random(k));
        BigDecimal amount = BigDecimal.valueOf(100 + k, 2);
        List<PostingLine> lines = List.of(
                PostingLine.debit(order.get(0).id(), LedgerPropertiesTests.usd(amount)),
                PostingLine.debit(order.get(1).id(), LedgerPropertiesTests.usd(amount)),
                PostingLine.credit(order.get(2).id(), LedgerPropertiesTests.usd(amount)),
                PostingLine.credit(order.get(3).id(), LedgerPropertiesTests.usd(amount)));
        return new NewPosting(tag + "-" + k, LocalDate.of(2020, 10, 5), "Concurrent " + k, "concurrency", lines);
    }
}
