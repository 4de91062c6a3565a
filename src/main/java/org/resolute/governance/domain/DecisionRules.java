package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InputText;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.springframework.stereotype.Component;

/** What a meeting and a decision must satisfy before they are recorded; each refusal names the field at fault. */
@Component
class DecisionRules {

    /** The message key of a text longer than its field allows. */
    private static final String TOO_LONG = "governance.error.tooLong";

    Meeting check(UUID id, NewMeeting meeting) {
        if (meeting.kind() == null) {
            throw new InvalidInput("kind", "governance.error.meetingKind", "Choose what kind of meeting it was");
        }
        String title = required(meeting.title(), "title", "governance.error.meetingTitle",
                "Give the meeting a title", 200);
        if (meeting.startsOn() == null) {
            throw new InvalidInput("startsOn", "governance.error.startsOn", "Give the day the meeting began");
        }
        LocalDate endsOn = meeting.endsOn() == null ? meeting.startsOn() : meeting.endsOn();
        if (endsOn.isBefore(meeting.startsOn())) {
            throw new InvalidInput("endsOn", "governance.error.endsOn", "The last day (" + endsOn
                    + ") comes before the first (" + meeting.startsOn() + ")", endsOn, meeting.startsOn());
        }
        String place = required(meeting.place(), "place", "governance.error.place",
                "Say where the meeting was held", 200);
        return new Meeting(id, meeting.kind(), title, meeting.startsOn(), endsOn, place,
                optional(meeting.summary(), "summary", 1000),
                sourced(meeting.source(), meeting.asOf(), meeting.status()),
                meeting.marking() == null ? Marking.PUBLIC : meeting.marking(), 0);
    }

    Decision check(UUID id, NewDecision decision, Meeting meeting, Decision reaffirmed) {
        if (decision.kind() == null) {
            throw new InvalidInput("kind", "governance.error.decisionKind",
                    "Choose whether it is a decision, a commitment or a reaffirmation");
        }
        String title = required(decision.title(), "title", "governance.error.decisionTitle",
                "Say in a line what was decided", 300);
        String text = required(decision.text(), "text", "governance.error.decisionText",
                "Give what was decided, in the sources' words", 2000);
        LocalDate decidedOn = decision.decidedOn() != null ? decision.decidedOn()
                : meeting != null ? meeting.endsOn() : null;
        if (decidedOn == null) {
            throw new InvalidInput("decidedOn", "governance.error.decidedOn",
                    "Give the day it was decided, or the meeting that decided it");
        }
        if (meeting != null && (decidedOn.isBefore(meeting.startsOn()) || decidedOn.isAfter(meeting.endsOn()))) {
            throw new InvalidInput("decidedOn", "governance.error.decidedOnMeeting", "The day decided ("
                    + decidedOn + ") is not a day of the meeting (" + meeting.startsOn() + " to " + meeting.endsOn()
                    + ")", decidedOn, meeting.startsOn(), meeting.endsOn());
        }
        if (decision.effectiveFrom() != null && decision.effectiveUntil() != null
                && decision.effectiveUntil().isBefore(decision.effectiveFrom())) {
            throw new InvalidInput("effectiveUntil", "governance.error.effectiveUntil", "In effect until "
                    + decision.effectiveUntil() + ", before it takes effect on " + decision.effectiveFrom(),
                    decision.effectiveUntil(), decision.effectiveFrom());
        }
        UUID reaffirms = reaffirms(decision.kind(), reaffirmed, decidedOn);
        Marking marking = decision.marking() == null ? Marking.PUBLIC : decision.marking();
        if (decision.ceiling() != null && marking.classification() != Classification.PUBLIC) {
            throw new InvalidInput("classification", "governance.error.ceilingPublic",
                    "Troop ceilings are public and name their decision: a decision"
                    + " that sets one must be PUBLIC");
        }
        return new Decision(id, meeting == null ? null : meeting.id(), decision.kind(), title, text, decidedOn,
                decision.effectiveFrom(), decision.effectiveUntil(), reaffirms,
                sourced(decision.source(), decision.asOf(), decision.status()), marking, 0);
    }

    private static UUID reaffirms(DecisionKind kind, Decision reaffirmed, LocalDate decidedOn) {
        if (kind != DecisionKind.REAFFIRMATION) {
            if (reaffirmed != null) {
                throw new InvalidInput("reaffirms", "governance.error.reaffirmsOnly",
                        "Only a reaffirmation names a commitment it reaffirms");
            }
            return null;
        }
        if (reaffirmed == null) {
            throw new InvalidInput("reaffirms", "governance.error.reaffirmsMissing",
                    "Name the commitment this reaffirms");
        }
        if (reaffirmed.decidedOn().isAfter(decidedOn)) {
            throw new InvalidInput("reaffirms", "governance.error.reaffirmsLater",
                    "A decision cannot reaffirm one taken later (" + reaffirmed.decidedOn() + ")",
                    reaffirmed.decidedOn());
        }
        return reaffirmed.reaffirms() == null ? reaffirmed.id() : reaffirmed.reaffirms();
    }

    /**
     * The trimmed text; refused naming the field, with the reader's wording under {@code key}, when empty. Every
     * governance record checks its texts this way, the conditions reviews and effects as well.
     */
    static String required(String value, String field, String key, String message, int maxLength) {
        return InputText.required(value, field, maxLength, TOO_LONG, key, message);
    }

    static String optional(String value, String field, int maxLength) {
        return InputText.optional(value, field, maxLength, TOO_LONG);
    }

    /** The provenance a person gave for a record: a source is required, and how far it can be taken at its word. */
    static Provenance sourced(String source, LocalDate asOf, ProvenanceStatus status) {
        String checked = required(source, "source", "governance.error.source", "Name the source that states it",
                200);
        if (status == null) {
            throw new InvalidInput("status", "governance.error.status",
                    "Choose how far the record can be taken at its word");
        }
        return new Provenance(checked, asOf, status);
    }
}
