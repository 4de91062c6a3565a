package org.resolute.governance.domain;

import java.time.LocalDate;

import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;

/** A meeting to record; the last day is the first when null, the marking PUBLIC when null. */
public record NewMeeting(MeetingKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
        String summary, String source, LocalDate asOf, ProvenanceStatus status, Marking marking) {
}
