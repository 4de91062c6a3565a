package org.resolute.kernel;

import java.util.List;
import java.util.Objects;

import org.springframework.transaction.annotation.Transactional;

/**
 * A module's book of marked records that users search with the module's filter: a page of the matches for the
 * pages and the API, and every match for exports, both read from the book's {@link MarkedTable}, so each book
 * says only what it adds (recording, history, reports). The two reads run in a read-only transaction, stated on
 * each method and not on the class: a class-level one would be inherited by the book's writes. The methods stay
 * overridable, since a book is proxied by class.
 *
 * @param <F> the filter users search the book with
 * @param <T> the record the book holds
 */
public abstract class MarkedBook<F, T> {

    private final MarkedTable<F, T> table;

    protected MarkedBook(MarkedTable<F, T> table) {
        this.table = Objects.requireNonNull(table);
    }

    /** One page of the visible records the filter matches. */
    @Transactional(readOnly = true)
    public PageResult<T> search(F filter, PageQuery page) {
        return table.page(filter, page);
    }

    /** Every visible record the filter matches, in the table's default order: for exports and reports. */
    @Transactional(readOnly = true)
    public List<T> list(F filter) {
        return table.list(filter);
    }
}
