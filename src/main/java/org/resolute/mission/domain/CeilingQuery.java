package org.resolute.mission.domain;

import java.time.LocalDate;

import org.resolute.mission.CeilingKind;
import org.resolute.mission.TroopCeiling;

/**
 * Which ceilings to list; each part left null matches all.
 *
 * @param nation ISO 3166 alpha-3 code of the nation whose caps to list
 * @param inForceOn only the ceilings in force on this day: for each scope, the latest started on or before it,
 *        unless it has ended
 */
public record CeilingQuery(CeilingKind kind, String nation, LocalDate inForceOn) {

    public static final CeilingQuery ALL = new CeilingQuery(null, null, null);

    /** Whether the ceiling is of the kind and nation asked for (the day in force needs the other ceilings). */
    public boolean matchesScope(TroopCeiling ceiling) {
        return (kind == null || ceiling.kind() == kind)
                && (nation == null || nation.isBlank()
                        || ceiling.nation().map(nation.trim()::equalsIgnoreCase).orElse(false));
    }
}
