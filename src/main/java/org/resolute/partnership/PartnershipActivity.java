package org.resolute.partnership;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;
import org.springframework.modulith.NamedInterface;

/**
 * An activity held under the partnership: a dialogue meeting, a workshop, a course or other cooperation.
 *
 * @param organisers who organised it, in words
 * @param outcomes what came of it; empty until recorded
 * @param provenance where the record comes from (illustrative for demo activities)
 */
@NamedInterface("api")
public record PartnershipActivity(UUID id, ActivityKind kind, Track track, Theme theme, String title,
        LocalDate startsOn, LocalDate endsOn, String place, String organisers, String objectives, String outcomes,
        Provenance provenance, Marking marking, long version) implements Marked {

    public boolean takesPlaceOn(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }
}
