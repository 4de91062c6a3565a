package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A posting that finds its month's lock taken by a close waits for it, and then sees the close that committed
 * meanwhile: it is refused and nothing is posted. (A posting that finds the lock free reads in the same
 * statement; every other ledger test goes that way.)
 */
@OnPostgres
class MonthLockOnPostgresTests {

    @Autowired
    Ledger ledger;

    @Autowired
    DataSource dataSource;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aPostingWaitingForAClosingMonthIsRefusedOnceTheCloseCommits() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account bank = Account.of("LOCK", AccountKind.BANK, "B" + tag, "USD", "Lock bank " + tag);
        Account donor = Account.of("LOCK", AccountKind.CONTRIBUTION, "D" + tag, "USD", "Lock donor " + tag);
        ledger.open(bank);
        ledger.open(donor);
        YearMonth month = YearMonth.of(1850 + Math.floorMod(tag.hashCode(), 100), 1 + Math.floorMod(tag.hashCode(), 12));
        NewPosting posting = new NewPosting(tag + "-waits", month.atDay(3), "waits for the close", "test", List.of(
                PostingLine.debit(bank.id(), Money.of("5", "USD")), PostingLine.credit(donor.id(), Money.of("5", "USD"))));

        CompletableFuture<Throwable> outcome;
        try (Connection closer = dataSource.getConnection()) {
            closer.setAutoCommit(false);
            try (PreparedStatement lock = closer.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, Periods.LOCK_SPACE);
                lock.setInt(2, Periods.lockKey(month));
                lock.execute();
            }
            outcome = CompletableFuture.supplyAsync(() -> Viewers.runAs(Viewer.SYSTEM, () -> {
                try {
                    ledger.post(posting);
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
            for (int wait = 0; wait < 200 && waitingForTheLock(month) == 0; wait++) {
                Thread.sleep(50);
            }
            assertThat(waitingForTheLock(month)).as("the posting waits for the month's lock").isOne();
            assertThat(outcome).isNotDone();
            try (PreparedStatement close = closer.prepareStatement("INSERT INTO funding_closed_period "
                    + "(period_month, closed_at, closed_by) VALUES (?, CURRENT_TIMESTAMP, 'test')")) {
                close.setObject(1, month.atDay(1));
                close.execute();
            }
            closer.commit();
        }

        assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("is closed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_posting WHERE idempotency_key = :key",
                Map.of("key", tag + "-waits"), Long.class)).isZero();
    }

    private long waitingForTheLock(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                + "AND objid = :key AND objsubid = 2", Map.of("key", Periods.lockKey(month)), Long.class);
    }
}
