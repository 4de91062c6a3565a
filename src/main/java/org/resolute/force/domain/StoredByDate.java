package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.resolute.force.StrengthReport;

/**
 * The stored reports of a date, read a month at a time: an import checks each line against what is stored on
 * its date, and a daily file of a month costs one read instead of one per day.
 */
final class StoredByDate implements Function<LocalDate, List<StrengthReport>> {

    private static final int WINDOW_DAYS = 31;

    private final BiFunction<LocalDate, LocalDate, List<StrengthReport>> between;
    private final Map<LocalDate, List<StrengthReport>> read = new HashMap<>();

    StoredByDate(BiFunction<LocalDate, LocalDate, List<StrengthReport>> between) {
        this.between = between;
    }

    @Override
    public List<StrengthReport> apply(LocalDate date) {
        List<StrengthReport> known = read.get(date);
        if (known != null) {
            return known;
        }
        LocalDate last = date;
        while (last.isBefore(date.plusDays(WINDOW_DAYS - 1)) && !read.containsKey(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        for (LocalDate day = date; !day.isAfter(last); day = day.plusDays(1)) {
            read.put(day, new ArrayList<>());
        }
        for (StrengthReport report : between.apply(date, last)) {
            read.get(report.reportDate()).add(report);
        }
        return read.get(date);
    }
}
