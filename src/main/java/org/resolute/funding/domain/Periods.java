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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month rows that keep postings out of a month being closed. Closing first records the month closed (a
 * posting that starts afterwards is refused without touching the lock, so a stream of postings cannot starve the
 * close), then locks the month's row exclusively, which waits for the postings in flight, and stamps the moment
 * it got the lock as the close. A posting reads whether its month is closed, locks the month's row in share mode
 * (postings of one month do not wait for each other on PostgreSQL) and reads again. A month's row is created on
 * first use, under a savepoint, so that a concurrent creator's duplicate costs nothing.
 */
@Component
class Periods {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final String shareLock;

    Periods(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        String database = jdbc.getJdbcTemplate().execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        this.shareLock = "PostgreSQL".equals(database) ? " FOR SHARE" : " FOR UPDATE";
    }

    /**
     * Answers the closed ones among the months; when none is closed, locks their rows in share mode, in date
     * order, until the transaction ends, and reads again (a close may have committed while it waited).
     */
    SortedSet<YearMonth> lockForPosting(Collection<YearMonth> months) {
        SortedSet<YearMonth> ordered = new TreeSet<>(months);
        SortedSet<YearMonth> closed = closedAmong(ordered);
        if (!closed.isEmpty()) {
            return closed;
        }
        for (YearMonth month : ordered) {
            lock(month, shareLock);
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

    /** Locks the month's row exclusively until the transaction ends: postings in flight finish first. */
    void lockForClosing(YearMonth month) {
        lock(month, " FOR UPDATE");
    }

    private void lock(YearMonth month, String mode) {
        Map<String, LocalDate> day = Map.of("month", month.atDay(1));
        String sql = "SELECT period_month FROM funding_period WHERE period_month = :month" + mode;
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
