package org.resolute.governance.api;

import java.time.LocalDate;

import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.kernel.web.api.QueryParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The period and the words the governance lists (meetings, decisions) are filtered by; each list reads its own
 * {@code kind}, since each has kinds of its own.
 */
@QueryParameters
record GovernanceQuery(LocalDate from, LocalDate until, String text) {

    static GovernanceQuery read(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String q) {
        return new GovernanceQuery(from, until, q);
    }

    GovernanceFilter ofKind(String kind) {
        return new GovernanceFilter(kind, from, until, text);
    }
}
