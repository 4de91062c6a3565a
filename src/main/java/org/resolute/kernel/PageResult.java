package org.resolute.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list in the API answers: {@code {"items", "page", "size", "totalItems"}}. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public PageResult {
        items = List.copyOf(items);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems);
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
