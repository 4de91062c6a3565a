package org.resolute.partnership.domain;

import java.time.LocalDate;

import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.partnership.ActivityKind;

/**
 * An activity to record or the new state of one. The track follows the kind when left null.
 *
 * @param endsOn the last day; the first day when null
 * @param source the source id (S01 ...) or citation the record comes from
 * @param marking who may see it; MISSION when null
 */
public record NewActivity(ActivityKind kind, Track track, Theme theme, String title, LocalDate startsOn,
        LocalDate endsOn, String place, String organisers, String objectives, String outcomes, String source,
        LocalDate asOf, ProvenanceStatus status, Marking marking) {
}
