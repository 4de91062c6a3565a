package org.resolute.partnership.api;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Provenance;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;

/** A partnership activity as the API answers it. */
record ActivityResponse(UUID id, ActivityKind kind, Track track, Theme theme, String title, LocalDate startsOn,
        LocalDate endsOn, String place, String organisers, String objectives, String outcomes, Provenance provenance,
        String classification, String releasableTo, long version) {

    static ActivityResponse of(PartnershipActivity a) {
        return new ActivityResponse(a.id(), a.kind(), a.track(), a.theme(), a.title(), a.startsOn(), a.endsOn(),
                a.place(), a.organisers(), a.objectives(), a.outcomes(), a.provenance(),
                a.marking().classification().name(), a.marking().releasabilityText(), a.version());
    }
}
