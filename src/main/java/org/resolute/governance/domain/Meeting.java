package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A meeting at which decisions on the effort are taken: a summit, a ministerial meeting, a Board plenary.
 *
 * @param summary what the meeting is remembered for, in words
 * @param provenance the source of its dates and place
 */
public record Meeting(UUID id, MeetingKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
        String summary, Provenance provenance, Marking marking, long version) implements Marked {
}
