package org.resolute.mission.api;

import java.util.List;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** Paging of the mission's short, whole lists. */
final class Lists {

    private Lists() {
    }

    static <T> PageResult<T> page(List<T> all, PageQuery page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new PageResult<>(all.subList(from, to), page.page(), page.size(), all.size());
    }
}
