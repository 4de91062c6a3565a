package org.resolute.kernel;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * Which page of a list to show, and in which order.
 *
 * @param page zero-based page number
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 * @param sort "field" or "field,asc" / "field,desc"; empty for the list's default order
 */
public record PageQuery(int page, int size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (page < 0) {
            throw new InvalidInput("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "size must be between 1 and " + MAX_SIZE);
        }
        sort = sort == null ? "" : sort.trim();
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size, "");
    }

    public long offset() {
        return (long) page * size;
    }

    public String sortField() {
        return sort.isEmpty() ? "" : sort.split(",")[0].trim();
    }

    public boolean descending() {
        String[] parts = sort.split(",");
        if (parts.length < 2) {
            return false;
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInput("sort", "sort direction must be asc or desc, not '" + parts[1].trim() + "'");
        }
        return direction.equals("desc");
    }

    /**
     * The order this query's sort asks for among the fields a list may be sorted by, ties broken by the default
     * field; an unknown field is refused naming {@code sort} and the fields allowed.
     */
    public <T> Comparator<T> order(Map<String, Comparator<T>> fields, String defaultField) {
        String field = sortField().isEmpty() ? defaultField : sortField();
        Comparator<T> comparator = fields.get(field);
        if (comparator == null) {
            throw new InvalidInput("sort", "Cannot sort by '" + field + "'; sort by one of "
                    + String.join(", ", fields.keySet()));
        }
        return (descending() ? comparator.reversed() : comparator).thenComparing(fields.get(defaultField));
    }
}
