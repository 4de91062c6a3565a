package org.resolute.kernel.web;

import java.util.List;

import org.resolute.kernel.PageResult;

/**
 * The page of a list held in memory that a page shows: the one asked for, or the last there is when the list has
 * grown shorter than the link that asked (a filter changed, records went), so a reader never lands on an empty page.
 */
public final class ShownPage {

    private ShownPage() {
    }

    public static <T> PageResult<T> of(List<T> rows, int page, int size) {
        int last = Math.max(0, (rows.size() - 1) / size);
        int shown = Math.min(Math.max(page, 0), last);
        int from = shown * size;
        return new PageResult<>(rows.subList(from, Math.min(rows.size(), from + size)), shown, size, rows.size());
    }
}
