package org.resolute.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

/**
 * A module's table of marked records that users search with a filter of the module's own: one page, every match
 * (for exports), one record by id and the visible count are read the same way for every such table, through
 * {@link MarkedRecords}, so a table class says only what is its own: its name and alias, how a row reads, how its
 * filter narrows the rows and its other reads. The methods stay overridable: a {@code @Repository} may be proxied
 * by class.
 *
 * @param <F> the filter users search the table with
 * @param <T> the record a row reads as
 */
public abstract class MarkedTable<F, T> {

    private final MarkedRecords records;
    private final String table;
    private final String alias;
    private final String order;
    private final RowMapper<T> rows;

    /**
     * @param order the order of a list when the user asks for none, e.g. {@code "d.decided_on"} (the id breaks
     *        ties)
     */
    protected MarkedTable(MarkedRecords records, String table, String alias, String order, RowMapper<T> rows) {
        this.records = Objects.requireNonNull(records);
        this.table = Objects.requireNonNull(table);
        this.alias = Objects.requireNonNull(alias);
        this.order = Objects.requireNonNull(order);
        this.rows = Objects.requireNonNull(rows);
    }

    /** The rows the filter matches: conditions and sortable fields added to {@link #all()}. */
    protected abstract MarkedQuery matching(F filter);

    /** Every row, every column, in the table's default order: what {@link #matching} narrows. */
    protected MarkedQuery all() {
        return MarkedQuery.select(alias + ".*").from(table, alias).orderByDefault(order);
    }

    /** One page of the visible records the filter matches. */
    public PageResult<T> page(F filter, PageQuery page) {
        return records.page(matching(filter), page, rows);
    }

    /** Every visible record the filter matches, in the default order: for exports and reports. */
    public List<T> list(F filter) {
        return records.list(matching(filter), rows);
    }

    /** The record, if it exists and the viewer may see it. */
    public Optional<T> find(UUID id) {
        return records.find(all().where(alias + ".id = :id", "id", id), rows);
    }

    /** How many records the viewer may see. */
    public long count() {
        return records.count(all());
    }

    /** The visible records meeting one more condition of the table's own, in the default order. */
    protected List<T> listWhere(String condition, Object... namesAndValues) {
        return records.list(all().where(condition, namesAndValues), rows);
    }

    /** The first visible record meeting a condition of the table's own. */
    protected Optional<T> findWhere(String condition, Object... namesAndValues) {
        return records.find(all().where(condition, namesAndValues), rows);
    }
}
