package org.resolute.kernel;

import java.math.BigDecimal;
import java.util.List;

import org.resolute.kernel.jdbc.PlannedPerRun;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way any module computes a figure (a sum, a count, a breakdown by group) over marked records. Like
 * {@link MarkedRecords}, it writes the WHERE clause itself, always opening with the current {@link Viewer}'s
 * marking filter, so a figure is computed from exactly the rows that viewer could list, and a row they may not see
 * counts nowhere for them. A figure that is published to everyone whatever its rows' markings is not computed here
 * for its reader; it is labelled as a published figure with its provenance where it is shown.
 */
@Component
public class MarkedFigures {

    private final NamedParameterJdbcTemplate jdbc;

    public MarkedFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new PlannedPerRun(jdbc.getJdbcOperations());
    }

    /**
     * The sum of the query's one selected expression over the visible rows, zero when there are none: {@code
     * sum(MarkedQuery.select("r.usd_amount").from("funding_receipt", "r").where("r.fund = :fund", "fund", code))}.
     */
    public BigDecimal sum(MarkedQuery query) {
        BigDecimal sum = jdbc.queryForObject("SELECT COALESCE(SUM(" + query.columns() + "), 0) FROM "
                + query.from() + MarkedRecords.where(query), MarkedRecords.parameters(query), BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** How many rows the viewer may see. */
    public long count(MarkedQuery query) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + query.from() + MarkedRecords.where(query),
                MarkedRecords.parameters(query), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * One row per group of visible rows, in the order of the groups: the query's selected columns are the group's
     * keys and aggregates, its {@link MarkedQuery#groupBy(String)} the keys. A group with no visible row is absent.
     */
    public <T> List<T> grouped(MarkedQuery query, RowMapper<T> rows) {
        if (query.groupBy().isEmpty()) {
            throw new IllegalArgumentException("a grouped figure needs groupBy(...)");
        }
        return jdbc.query("SELECT " + query.columns() + " FROM " + query.from() + MarkedRecords.where(query)
                + " GROUP BY " + query.groupBy() + " ORDER BY " + query.groupBy(), MarkedRecords.parameters(query),
                rows);
    }
}
