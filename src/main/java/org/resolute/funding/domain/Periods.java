package org.resolute.funding.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month locks that keep postings out of a month being closed. Closing first records the month closed (a
 * posting that starts afterwards is refused), then locks the month exclusively, which waits for the postings in
 * flight, and stamps the moment it got the lock as the close. A posting locks its months in share mode, in date
 * order, so postings of one month never wait for each other, and reads whether any of them is closed after it
 * has the locks (a close may have committed while it waited).
 * <p>
 * On PostgreSQL a month's lock is a transaction-scoped advisory lock: taking it writes nothing, where a share lock
 * on a row rewrites the row's locker list on every posting; a waiting close is queued ahead of later postings, so
 * a stream of postings cannot starve it. Advisory locks belong to the database, not the schema: two installations
 * in schemas of one database would only make each other's postings and closes of a month wait.
 * <p>
 * H2 has no advisory locks: there the lock is the month's row in {@code funding_period}, locked for update
 * (created on first use, under a savepoint, so that a concurrent creator's duplicate costs nothing), and a
 * posting also reads before locking, so it does not queue behind a close it would be refused by.
 */
@Component
class Periods {

    /** The first key of the funding module's advisory locks on PostgreSQL ("FUND"); the second is the month. */
    static final int LOCK_SPACE = 0x46554E44;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final boolean advisory;

    Periods(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        String database = jdbc.getJdbcTemplate().execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        this.advisory = "PostgreSQL".equals(database);
    }

    /**
     * Locks the months for posting, in date order, until the transaction ends, and answers the closed ones among
     * them (on H2, when one is already closed, without locking).
     */
    SortedSet<YearMonth> lockForPosting(Collection<YearMonth> months) {
        SortedSet<YearMonth> ordered = new TreeSet<>(months);
        if (advisory) {
            if (ordered.size() == 1) {
                Boolean closed = lockAtOnceAndRead(ordered.first());
                if (closed != null) {
                    return closed ? ordered : new TreeSet<>();
                }
            }
            ordered.forEach(month -> advisoryLock("pg_advisory_xact_lock_shared", month));
            return closedAmong(ordered);
        }
        SortedSet<YearMonth> closed = closedAmong(ordered);
        if (!closed.isEmpty()) {
            return closed;
        }
        for (YearMonth month : ordered) {
            rowLock(month);
        }
        return closedAmong(ordered);
    }

    private SortedSet<YearMonth> closedAmong(SortedSet<YearMonth> months) {
        List<LocalDate> closed = jdbc.queryForList("SELECT period_month FROM funding_closed_period "
                + "WHERE period_month IN (:months)", Map.of("months", months.stream().map(m -> m.atDay(1)).toList()),
                LocalDate.class);
        SortedSet<YearMonth> answer = new TreeSet<>();
        closed.forEach(day -> answer.add(YearMonth.from(day)));
        return answer;
    }

    /** Locks the month exclusively until the transaction ends: postings in flight finish first. */
    void lockForClosing(YearMonth month) {
        if (advisory) {
            advisoryLock("pg_advisory_xact_lock", month);
        } else {
            rowLock(month);
        }
    }

    /**
     * One statement for the usual posting, into one month that nobody is closing: takes the month's share lock if
     * no close holds it or waits for it, and then reads whether the month is closed. Answers null when a close
     * holds or waits for the lock: the caller then waits for the lock and reads again in a later statement, which
     * sees the close. Without a wait the statement's view is fresh enough: a close that committed since the
     * statement began has not yet asked for the lock, so it waits for this posting, which was in flight.
     */
    private Boolean lockAtOnceAndRead(YearMonth month) {
        return jdbc.queryForObject("""
                SELECT CASE WHEN pg_try_advisory_xact_lock_shared(:space, :month)
                            THEN EXISTS (SELECT 1 FROM funding_closed_period WHERE period_month = :day) END
                """, Map.of("space", LOCK_SPACE, "month", lockKey(month), "day", month.atDay(1)), Boolean.class);
    }

    private void advisoryLock(String function, YearMonth month) {
        jdbc.query("SELECT " + function + "(:space, :month)",
                Map.of("space", LOCK_SPACE, "month", lockKey(month)),
                (RowCallbackHandler) row -> {
                });
    }

    /** The month's advisory lock key: YYYYMM. */
    static int lockKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private void rowLock(YearMonth month) {
        Map<String, LocalDate> day = Map.of("month", month.atDay(1));
        String sql = "SELECT period_month FROM funding_period WHERE period_month = :month FOR UPDATE";
        if (jdbc.queryForList(sql, day, LocalDate.class).isEmpty()) {
            try {
                savepoint.executeWithoutResult(status ->
                        jdbc.update("INSERT INTO funding_period (period_month) VALUES (:month)", day));
            } catch (DuplicateKeyException createdMeanwhile) {
                // another transaction created the month's row; the lock below waits for it if it is not committed
            }
            jdbc.queryForList(sql, day, LocalDate.class);
        }
    }
}
