package org.resolute.partnership.domain;

import java.util.Locale;
import java.util.UUID;

import org.resolute.kernel.InputText;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Component;

/** What an activity, a participant and a follow-up must satisfy; each refusal names the field at fault. */
@Component
class ActivityRules {

    /** The message key of a text longer than its field allows. */
    private static final String TOO_LONG = "partnership.error.length";

    private final Nations nations;

    ActivityRules(Nations nations) {
        this.nations = nations;
    }

    PartnershipActivity check(UUID id, long version, NewActivity activity) {
        if (activity.kind() == null) {
            throw new InvalidInput("kind", "error.choice", "Choose what kind of activity this is");
        }
        if (activity.theme() == null) {
            throw new InvalidInput("theme", "error.choice", "Choose the theme of the activity");
        }
        String title = required(activity.title(), "title", "Give the activity a title", 200);
        if (activity.startsOn() == null) {
            throw new InvalidInput("startsOn", "partnership.error.startsOn", "Give the day the activity starts");
        }
        var endsOn = activity.endsOn() == null ? activity.startsOn() : activity.endsOn();
        if (endsOn.isBefore(activity.startsOn())) {
            throw new InvalidInput("endsOn", "partnership.error.endsOn", "The last day (" + endsOn
                    + ") comes before the first (" + activity.startsOn() + ")");
        }
        String place = required(activity.place(), "place", "Say where the activity takes place", 200);
        String organisers = required(activity.organisers(), "organisers", "Name who organises it", 400);
        String objectives = required(activity.objectives(), "objectives", "State what it sets out to do", 2000);
        String outcomes = optional(activity.outcomes(), "outcomes", 2000);
        String source = required(activity.source(), "source", "Name where this record comes from", 200);
        if (activity.status() == null) {
            throw new InvalidInput("status", "error.choice", "Choose how far the record can be taken at its word");
        }
        Marking marking = activity.marking() == null ? Marking.MISSION : activity.marking();
        return new PartnershipActivity(id, activity.kind(),
                activity.track() == null ? activity.kind().track() : activity.track(), activity.theme(), title,
                activity.startsOn(), endsOn, place, organisers, objectives, outcomes,
                new Provenance(source, activity.asOf(), activity.status()), marking, version);
    }

    Participant check(UUID id, UUID activity, NewParticipant participant) {
        if (participant.kind() == null) {
            throw new InvalidInput("kind", "error.choice",
                    "Choose whether the participant is an institution, a nation or a person");
        }
        String nation = participant.nation() == null ? "" : participant.nation().trim().toUpperCase(Locale.ROOT);
        String name = optional(participant.name(), "name", 200);
        if (!nation.isEmpty()) {
            nation = nations.find(nation).map(found -> found.code())
                    .orElseThrow(() -> new InvalidInput("nation", "error.choice", "'" + participant.nation().trim()
                            + "' is not a known nation code"));
        }
        if (participant.kind() == ParticipantKind.NATION) {
            if (nation.isEmpty()) {
                throw new InvalidInput("nation", "partnership.error.nation",
                        "A nation taking part needs its nation code");
            }
            if (name.isEmpty()) {
                name = nations.get(nation).name();
            }
        }
        if (name.isEmpty()) {
            throw new InvalidInput("name", "partnership.error.name", "Name the participant");
        }
        int headcount = participant.headcount() == null ? 1 : participant.headcount();
        if (headcount < 1 || (participant.kind() == ParticipantKind.PERSON && headcount != 1)) {
            boolean person = participant.kind() == ParticipantKind.PERSON;
            throw new InvalidInput("headcount", person ? "partnership.error.person" : "partnership.error.headcount",
                    person ? "A person counts as one" : "The number of people must be 1 or more");
        }
        return new Participant(id, activity, participant.kind(), name, nation,
                optional(participant.role(), "role", 200), headcount);
    }

    FollowUp check(UUID id, UUID activity, NewFollowUp followUp) {
        String action = required(followUp.action(), "action", "Say what is to be done", 600);
        String owner = required(followUp.owner(), "owner", "Name who owns the action", 200);
        if (followUp.dueOn() == null) {
            throw new InvalidInput("dueOn", "partnership.error.dueOn", "Give the day the action is due");
        }
        return new FollowUp(id, activity, action, owner, followUp.dueOn(), null, "", 0);
    }

    /** The trimmed text; refused naming the field when empty. Every free-text field of the partnership is checked so. */
    static String required(String value, String field, String message, int maxLength) {
        return InputText.required(value, field, maxLength, TOO_LONG, "partnership.error." + field, message);
    }

    static String optional(String value, String field, int maxLength) {
        return InputText.optional(value, field, maxLength, TOO_LONG);
    }
}
