package org.resolute.mission.web;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.domain.CeilingQuery;

/**
 * The ceiling list's filter as typed (kind, nation, in force on), read one way for the page and its CSV, so both
 * refuse the same input on the same field.
 */
final class CeilingListFilter {

    private CeilingListFilter() {
    }

    /** The query the filter asks for; {@link InvalidInput} on {@code kind} or {@code inForceOn} if it does not read. */
    static CeilingQuery read(String kind, String nation, String inForceOn) {
        return new CeilingQuery(kind(kind), nation, InputDates.parse(inForceOn, "inForceOn"));
    }

    private static CeilingKind kind(String kind) {
        try {
            return kind.isBlank() ? null : CeilingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "error.choice", "kind must be MISSION or NATIONAL_CAP, not '" + kind + "'");
        }
    }
}
