package org.resolute.audit.web;

import java.time.LocalDate;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The filter form of the audit page, as the browser sends it; every field may be left empty. */
public record AuditFilterForm(String actor, String module, String recordType, String recordId, String action,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, String sort,
        Integer page) {

    AuditFilter toFilter() {
        return new AuditFilter(actor, module, recordType, recordId, AuditAction.parse(action), from, to);
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    String sortOrder() {
        return sort == null ? "" : sort.trim();
    }
}
