package org.resolute.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a list page that keep its filters: to another page, to another sort order, to the CSV export.
 * Every page gets one as {@code links}.
 */
public final class ListLinks {

    private final String path;
    private final String query;

    private ListLinks(String path, String query) {
        this.path = path;
        this.query = query;
    }

    static ListLinks of(HttpServletRequest request) {
        return new ListLinks(request.getRequestURI(), request.getQueryString());
    }

    public String page(int page) {
        return builder().replaceQueryParam("page", page).build().toUriString();
    }

    /** Sorts by the field ascending, or descending when the list is already sorted by it ascending. */
    public String sort(String field) {
        String current = builder().build().getQueryParams().getFirst("sort");
        String next = (field + ",asc").equals(current) || field.equals(current) ? field + ",desc" : field + ",asc";
        return builder().replaceQueryParam("sort", next).replaceQueryParam("page", 0).build().toUriString();
    }

    /** The same list, at another path (e.g. its CSV export), without pagination. */
    public String export(String exportPath) {
        return UriComponentsBuilder.fromPath(exportPath).query(query).replaceQueryParam("page")
                .replaceQueryParam("size").build().toUriString();
    }

    private UriComponentsBuilder builder() {
        return UriComponentsBuilder.fromPath(path).query(query);
    }
}
