package org.resolute.audit.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The links of the audit page (sort, pages, CSV), each keeping the filter the auditor chose. */
public final class AuditLinks {

    private final AuditFilterForm form;

    AuditLinks(AuditFilterForm form) {
        this.form = form;
    }

    /** Sorts by the field; asking again for the field already sorted on turns the order round. */
    public String sort(String field) {
        String ascending = field + ",asc";
        String current = form.sortOrder();
        String next = current.equals(ascending) || current.equals(field) ? field + ",desc" : ascending;
        return build("/audit", next, 0);
    }

    /** "ascending", "descending" or "none", for the column header's aria-sort. */
    public String direction(String field) {
        String current = form.sortOrder();
        if (current.isEmpty()) {
            return field.equals("occurredAt") ? "descending" : "none";
        }
        if (!current.split(",")[0].trim().equals(field)) {
            return "none";
        }
        return current.endsWith(",desc") ? "descending" : "ascending";
    }

    public String page(int page) {
        return build("/audit", form.sortOrder(), page);
    }

    public String csv() {
        return build("/audit/entries.csv", form.sortOrder(), 0);
    }

    private String build(String path, String sort, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "actor", form.actor());
        add(uri, "module", form.module());
        add(uri, "recordType", form.recordType());
        add(uri, "recordId", form.recordId());
        add(uri, "action", form.action());
        add(uri, "from", form.from() == null ? null : form.from().toString());
        add(uri, "to", form.to() == null ? null : form.to().toString());
        add(uri, "sort", sort);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.trim());
        }
    }
}
