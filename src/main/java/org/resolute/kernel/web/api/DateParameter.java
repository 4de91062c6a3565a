package org.resolute.kernel.web.api;

import java.time.LocalDate;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The required query parameter {@code date} of a read "as of a day" (the daily rollup, the strength totals): a day
 * written YYYY-MM-DD, refused with a 400 naming {@code date} when it is empty or does not read.
 */
@QueryParameters
public record DateParameter(LocalDate date) {

    static DateParameter read(@RequestParam String date) {
        LocalDate day = InputDates.parse(date, "date");
        if (day == null) {
            throw new InvalidInput("date", "date is missing");
        }
        return new DateParameter(day);
    }
}
