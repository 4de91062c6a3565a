package org.resolute.governance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingKind;
import org.resolute.kernel.Provenance;

/** A meeting as the API answers it; {@code decisions} are the ids of the visible decisions taken there. */
record MeetingResponse(UUID id, MeetingKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
        String summary, Provenance provenance, String classification, String releasableTo, List<UUID> decisions) {

    static MeetingResponse of(Meeting m, List<UUID> decisions) {
        return new MeetingResponse(m.id(), m.kind(), m.title(), m.startsOn(), m.endsOn(), m.place(), m.summary(),
                m.provenance(), m.marking().classification().name(), m.marking().releasabilityText(), decisions);
    }
}
