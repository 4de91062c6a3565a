package org.resolute.kernel.web.api;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The optional query parameter {@code asOf} of figures read as of a day (a fund's status, the public totals, the
 * IATI file): a day written YYYY-MM-DD, today when none is given.
 */
@QueryParameters
public record AsOfParameter(@Nullable LocalDate asOf) {

    static AsOfParameter read(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return new AsOfParameter(asOf);
    }

    /** The day asked for, or today by the clock the figures are computed with. */
    public LocalDate orToday(Clock clock) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
