package org.resolute.partnership.domain;

import java.time.LocalDate;
import java.util.List;

import org.resolute.partnership.PartnershipActivity;

/** An activity with its participants, follow-up actions and attachments. */
public record ActivityDetail(PartnershipActivity activity, List<Participant> participants, List<FollowUp> followUps,
        List<Attachment> attachments) {

    public ActivityDetail {
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
        attachments = List.copyOf(attachments);
    }

    /** How many people the participants stand for. */
    public int peopleReached() {
        return participants.stream().mapToInt(Participant::headcount).sum();
    }

    public long overdueOn(LocalDate today) {
        return followUps.stream().filter(followUp -> followUp.isOverdueOn(today)).count();
    }
}
