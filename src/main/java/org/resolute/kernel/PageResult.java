package org.resolute.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list in the API answers: {@code {"items", "page", "size", "totalItems",
 * "totalExact"}}. A very long list is not counted to its end: {@code totalExact} is then false and
 * {@code totalItems} is a lower bound that still reaches past this page, so "next" stays right.
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, boolean totalExact) {

    public PageResult {
        items = List.copyOf(items);
    }

    /** A page of a list counted to its end. */
    public PageResult(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true);
    }

    /** The page a query asks for of a whole list held in memory (a short reference or mission list). */
    public static <T> PageResult<T> of(List<T> whole, PageQuery query) {
        int from = (int) Math.min(query.offset(), whole.size());
        int to = Math.min(from + query.size(), whole.size());
        return new PageResult<>(whole.subList(from, to), query.page(), query.size(), whole.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalExact);
    }

    public long totalPages() {
        return totalItems == 0 ? 1 : (totalItems + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
