package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/**
 * Which engagements to find; an empty filter selects everything the viewer may see.
 *
 * @param text words to find in the title, outcomes, next steps, details, place and people
 * @param institution an institution's code: it and the institutions below it
 * @param status a status, or "DUE" for planned engagements whose date has passed
 * @param marking only engagements of this classification, or null
 */
public record EngagementSearch(String text, LocalDate from, LocalDate to, String institution, String area,
        String pillar, String nation, String command, String status, Classification marking) {

    public static final EngagementSearch ALL = new EngagementSearch("", null, null, "", "", "", "", "", "", null);

    public static final String DUE = "DUE";

    public EngagementSearch {
        text = text == null ? "" : text.trim();
        institution = upper(institution);
        area = upper(area);
        pillar = upper(pillar);
        nation = upper(nation);
        command = upper(command);
        status = upper(status);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "advising.error.range",
                    "the last date " + to + " is before the first date " + from);
        }
        if (!status.isEmpty() && !status.equals(DUE)) {
            try {
                EngagementStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", "error.choice",
                        "status '" + status + "' is not one of PLANNED, DUE, DRAFT, "
                        + "SUBMITTED, RETURNED, APPROVED, CANCELLED");
            }
        }
    }

    /** Reads the filters as a form or query string gives them, naming the field of a bad value. */
    public static EngagementSearch parse(String text, String from, String to, String institution, String area,
            String pillar, String nation, String command, String status, String marking) {
        return new EngagementSearch(text, date("from", from), date("to", to), institution, area, pillar, nation,
                command, status, classification(marking));
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InputDates.parse(text, field);
        } catch (InvalidInput refused) {
            throw new InvalidInput(field, "error.date", refused.getMessage());
        }
    }

    /** The classification the search is limited to, parsed as every marking is; the search's field is "marking". */
    private static Classification classification(String text) {
        try {
            return Marking.typed(text, null).map(Marking::classification).orElse(null);
        } catch (InvalidInput refused) {
            throw new InvalidInput("marking", "error.choice",
                    "marking '" + text + "' is not PUBLIC, MISSION or RESTRICTED");
        }
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
