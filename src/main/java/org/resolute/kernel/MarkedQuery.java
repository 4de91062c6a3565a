package org.resolute.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A read of marked records, before it is filtered for the viewer: the table (with its alias and any joined tables),
 * the columns to select, the caller's own conditions with their named parameters, which sort fields map to which
 * columns, and for a figure ({@link MarkedFigures}) its groups. The table must have {@code classification} and
 * {@code releasable_to} columns; the filter is applied to them.
 */
public final class MarkedQuery {

    private final String columns;
    private final String table;
    private final String alias;
    private final StringBuilder joins = new StringBuilder();
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> sortable = new LinkedHashMap<>();
    private String defaultOrder;
    private String groupBy = "";

    private MarkedQuery(String columns, String table, String alias) {
        this.columns = Objects.requireNonNull(columns);
        this.table = Objects.requireNonNull(table);
        this.alias = Objects.requireNonNull(alias);
        this.defaultOrder = alias + ".id";
    }

    /** Starts a read: {@code select("e.*").from("audit_entry", "e")}. */
    public static Builder select(String columns) {
        return (table, alias) -> new MarkedQuery(columns, table, alias);
    }

    /**
     * Joins a table the figures or conditions need, e.g. {@code join("JOIN funding_account a ON a.id = e.account_id")}.
     * The viewer filter stays on the marked table's own marking.
     */
    public MarkedQuery join(String join) {
        joins.append(' ').append(join);
        return this;
    }

    /**
     * Groups the visible rows for {@link MarkedFigures#grouped}: the selected columns are the group's keys and its
     * aggregates, e.g. {@code select("a.currency, SUM(e.amount) AS total")...groupBy("a.currency")}.
     */
    public MarkedQuery groupBy(String columns) {
        this.groupBy = Objects.requireNonNull(columns);
        return this;
    }

    /** Adds a condition in SQL with named parameters, e.g. {@code where("e.actor = :actor", "actor", name)}. */
    public MarkedQuery where(String condition, Object... namesAndValues) {
        conditions.append(" AND (").append(condition).append(')');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds the condition only when the value is present (a filter the user left empty adds nothing). */
    public MarkedQuery whereIfPresent(Object value, String condition, String name) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return this;
        }
        return where(condition, name, value);
    }

    /** Lets users sort by a field, named as in the API, mapped to a column expression. */
    public MarkedQuery sortable(String field, String column) {
        sortable.put(field, column);
        return this;
    }

    /** The order when the user asks for none, e.g. {@code "e.occurred_at DESC"}; the id always breaks ties. */
    public MarkedQuery orderByDefault(String order) {
        this.defaultOrder = order;
        return this;
    }

    String columns() {
        return columns;
    }

    String alias() {
        return alias;
    }

    /** The marked table under its alias, with the joined tables. */
    String from() {
        return table + " " + alias + joins;
    }

    String groupBy() {
        return groupBy;
    }

    String conditions() {
        return conditions.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    String order(PageQuery page) {
        String field = page.sortField();
        if (field.isEmpty()) {
            return defaultOrder + ", " + alias + ".id";
        }
        String column = sortable.get(field);
        if (column == null) {
            throw new InvalidInput("sort", "cannot sort by '" + field + "'; sort by one of " + sortable.keySet());
        }
        return column + (page.descending() ? " DESC" : " ASC") + ", " + alias + ".id";
    }

    /** The second step of {@link #select(String)}. */
    @FunctionalInterface
    public interface Builder {
        MarkedQuery from(String table, String alias);
    }
}
