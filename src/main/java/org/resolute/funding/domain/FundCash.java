package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import org.resolute.kernel.InvalidInput;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fund never holds a negative balance in a currency: checked after a posting that takes cash out, in its
 * transaction, from its value date on (a payment dated back must not empty the account for a later one). The
 * posting has updated the bank account's kept balance, so a concurrent payment out of the same account waits for
 * this transaction and then sees its entries.
 */
@Component
class FundCash {

    private final NamedParameterJdbcTemplate jdbc;

    FundCash(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses, naming the field, when the fund's cash in the currency falls below zero on any day from the date. */
    void neverNegative(String fund, String currency, LocalDate from, String field) {
        String account = Account.of(fund, AccountKind.BANK, "", currency, "").id();
        Map<String, Object> parameters = Map.of("account", account, "from", from);
        BigDecimal balance = jdbc.queryForObject("""
                SELECT COALESCE(SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END), 0)
                FROM funding_entry WHERE account_id = :account AND value_date <= :from
                """, parameters, BigDecimal.class);
        BigDecimal[] running = {balance == null ? BigDecimal.ZERO : balance};
        BigDecimal[] lowest = {running[0]};
        LocalDate[] when = {from};
        jdbc.query("""
                SELECT value_date, SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS change
                FROM funding_entry WHERE account_id = :account AND value_date > :from
                GROUP BY value_date ORDER BY value_date
                """, parameters, (RowCallbackHandler) row -> {
                    running[0] = running[0].add(row.getBigDecimal("change"));
                    if (running[0].compareTo(lowest[0]) < 0) {
                        lowest[0] = running[0];
                        when[0] = row.getObject("value_date", LocalDate.class);
                    }
                });
        if (lowest[0].signum() < 0) {
            throw new InvalidInput(field, fund + "'s " + currency + " cash cannot cover this: it would fall to "
                    + lowest[0].setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency
                    + " on " + when[0] + "; convert from another currency first, or pay less");
        }
    }
}
