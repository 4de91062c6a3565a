package org.resolute.mission.web;

import java.time.LocalDate;
import java.util.Objects;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;

/**
 * The form a force planner fills in to record a troop ceiling; dates and numbers arrive as typed. A field not sent
 * reads as empty, the kind as a mission ceiling and the status as exact, as on the form first shown.
 */
public record CeilingForm(String kind, String nation, String troops, String from, String until, String basis,
        String decisionRef, String source, String asOf, String status) {

    public CeilingForm {
        kind = kind == null ? CeilingKind.MISSION.name() : kind;
        status = status == null ? ProvenanceStatus.EXACT.name() : status;
    }

    /** The form as first shown. */
    static CeilingForm empty() {
        return new CeilingForm(CeilingKind.MISSION.name(), "", "", "", "", "", "", "", "",
                ProvenanceStatus.EXACT.name());
    }

    NewCeiling toNewCeiling() {
        return new NewCeiling(choice("kind", kind, CeilingKind.class), Objects.toString(nation, ""),
                number("troops", troops), date("from", from), date("until", until), Objects.toString(basis, ""),
                Objects.toString(decisionRef, ""), Objects.toString(source, ""), date("asOf", asOf),
                choice("status", status, ProvenanceStatus.class));
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.wholeNumber", "'" + text + "' is not a whole number");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InputDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "mission.error.date", field + " '" + text.strip() + "' " + InputDates.RULE,
                    String.valueOf(InputDates.EARLIEST.getYear()), String.valueOf(InputDates.LATEST.getYear()));
        }
    }

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.choice", "'" + text + "' is not one of the choices");
        }
    }
}
