package org.resolute.kernel;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.resolute.kernel.jdbc.PlannedPerRun;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way any module reads marked records. Every query it runs is filtered for the current {@link Viewer}
 * in SQL, so what a viewer may not see is absent from lists, pages, counts, searches and exports alike: a module
 * cannot forget the filter, because it never writes the SELECT itself. Its queries are searches whose best plan
 * depends on the values searched for, so PostgreSQL plans each run for its values ({@link PlannedPerRun}).
 */
@Component
public class MarkedRecords {

    /** How many rows a page counts exactly; a longer list is shown as having at least this many. */
    public static final long COUNT_LIMIT = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    public MarkedRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new PlannedPerRun(jdbc.getJdbcOperations());
    }

    /**
     * One page of the visible rows. The total is counted up to {@link #COUNT_LIMIT} rows (or to the end of the
     * requested page, if that lies further): beyond it the page says "at least" instead of counting a table of
     * millions of rows on every request. The rows are counted in the page's own order, so the database walks the
     * same index as for the page and stops after the limit, instead of scanning the table from its physical start
     * for rows that match.
     */
    public <T> PageResult<T> page(MarkedQuery query, PageQuery page, RowMapper<T> rows) {
        Map<String, Object> parameters = parameters(query);
        String where = where(query);
        long countLimit = Math.max(COUNT_LIMIT, page.offset() + page.size()) + 1;
        parameters.put("_countLimit", countLimit);
        String order = " ORDER BY " + query.order(page);
        Long counted = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM " + query.from() + where + order
                + " LIMIT :_countLimit) counted", parameters, Long.class);
        long total = counted == null ? 0 : counted;
        parameters.put("_limit", page.size());
        parameters.put("_offset", page.offset());
        List<T> items = jdbc.query("SELECT " + query.columns() + " FROM " + query.from() + where + order
                + " LIMIT :_limit OFFSET :_offset", parameters, rows);
        return new PageResult<>(items, page.page(), page.size(), total, total < countLimit);
    }

    /** Every visible row, in the default order: for exports and reports. */
    public <T> List<T> list(MarkedQuery query, RowMapper<T> rows) {
        return jdbc.query("SELECT " + query.columns() + " FROM " + query.from() + where(query) + " ORDER BY "
                + query.order(new PageQuery(0, 1, "")), parameters(query), rows);
    }

    public <T> Optional<T> find(MarkedQuery query, RowMapper<T> rows) {
        return list(query, rows).stream().findFirst();
    }

    public long count(MarkedQuery query) {
        return count(where(query), query, parameters(query));
    }

    private long count(String where, MarkedQuery query, Map<String, Object> parameters) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + query.from() + where,
                parameters, Long.class);
        return total == null ? 0 : total;
    }

    static String where(MarkedQuery query) {
        return " WHERE " + visibility(query.alias(), Viewers.current()) + query.conditions();
    }

    static Map<String, Object> parameters(MarkedQuery query) {
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        Viewer viewer = Viewers.current();
        parameters.put("_visibleClassifications", visibleClassifications(viewer));
        viewer.nation().ifPresent(nation -> parameters.put("_nationPattern", "%," + nation + ",%"));
        return parameters;
    }

    static String visibility(String alias, Viewer viewer) {
        String cleared = alias + ".classification IN (:_visibleClassifications)";
        if (viewer.nation().isEmpty()) {
            return "(" + cleared + ")";
        }
        return "(" + cleared + " AND (" + alias + ".classification = 'PUBLIC' OR ',' || " + alias
                + ".releasable_to || ',' LIKE :_nationPattern))";
    }

    static Set<String> visibleClassifications(Viewer viewer) {
        return EnumSet.allOf(Classification.class).stream().filter(viewer.clearance()::covers).map(Enum::name)
                .collect(Collectors.toSet());
    }
}
