package org.resolute.reference.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** Sorting and paging of the small, whole reference lists. */
final class Pages {

    private Pages() {
    }

    static <T> PageResult<T> page(List<T> sorted, PageQuery page) {
        int from = (int) Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.size(), sorted.size());
        return new PageResult<>(sorted.subList(from, to), page.page(), page.size(), sorted.size());
    }

    /** The order a sort parameter asks for; an unknown field is refused naming "sort" and the fields allowed. */
    static <T> Comparator<T> order(String sort, Map<String, Comparator<T>> fields, String defaultField) {
        PageQuery parsed = new PageQuery(0, 1, sort);
        String field = parsed.sortField().isEmpty() ? defaultField : parsed.sortField();
        Comparator<T> comparator = fields.get(field);
        if (comparator == null) {
            throw new InvalidInput("sort", "Cannot sort by '" + field + "'; sort by one of "
                    + String.join(", ", fields.keySet()));
        }
        Comparator<T> tieBreak = fields.get(defaultField);
        return (parsed.descending() ? comparator.reversed() : comparator).thenComparing(tieBreak);
    }
}
