package org.resolute.partnership.api;

import java.time.LocalDate;
import java.util.List;

import org.resolute.partnership.domain.ActivityDetail;
import org.resolute.partnership.domain.Attachment;
import org.resolute.partnership.domain.FollowUp;
import org.resolute.partnership.domain.Participant;

/** An activity with its participants, follow-ups (each saying whether it is overdue today) and attachments. */
record ActivityDetailResponse(ActivityResponse activity, List<Participant> participants,
        List<FollowUpResponse> followUps, List<Attachment> attachments, int peopleReached) {

    /** A follow-up with its state on the day asked. */
    record FollowUpResponse(FollowUp followUp, boolean open, boolean overdue) {
    }

    static ActivityDetailResponse of(ActivityDetail detail, LocalDate today) {
        return new ActivityDetailResponse(ActivityResponse.of(detail.activity()), detail.participants(),
                detail.followUps().stream().map(f -> new FollowUpResponse(f, f.isOpen(), f.isOverdueOn(today)))
                        .toList(), detail.attachments(), detail.peopleReached());
    }
}
