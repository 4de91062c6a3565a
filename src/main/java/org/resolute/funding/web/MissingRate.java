package org.resolute.funding.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rate a report could not value a figure without, read back from the books' wording ("no rate for EUR on
 * 2005-01-01", which the API passes on as it is), so that a page can say it in the reader's words and date format.
 */
public record MissingRate(String currency, LocalDate on) {

    private static final Pattern WORDING = Pattern.compile("no rate for ([A-Z]{3}) on (\\d{4}-\\d{2}-\\d{2})");

    /** The missing rate a report names, or null when the wording is not the books' (it is then shown as unknown). */
    public static @Nullable MissingRate of(@Nullable String wording) {
        if (wording == null) {
            return null;
        }
        Matcher matcher = WORDING.matcher(wording);
        if (!matcher.find()) {
            return null;
        }
        try {
            return new MissingRate(matcher.group(1), LocalDate.parse(matcher.group(2)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
