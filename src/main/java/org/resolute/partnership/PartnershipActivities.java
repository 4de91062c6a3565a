package org.resolute.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * The partnership and its activities, always limited to what the current viewer may see. Partnership officers
 * record and change them; every change reaches the audit trail. Bad input is
 * {@link org.resolute.kernel.InvalidInput} naming the field; an activity the viewer may not see is
 * {@link org.resolute.kernel.NotFound}.
 */
public interface PartnershipActivities {

    /** The fields {@link #search} sorts by. */
    List<String> SORT_FIELDS = List.of("startsOn", "title", "kind", "theme", "place");

    /** The partnership itself; empty before it is recorded. */
    Optional<PartnershipRecord> partnership();

    PageResult<PartnershipActivity> search(ActivityFilter filter, PageQuery page);

    /** Every visible activity matching the filter, oldest first: for calendars, reports and timelines. */
    List<PartnershipActivity> list(ActivityFilter filter);

    Optional<ActivityDetail> find(UUID id);

    PartnershipActivity record(NewActivity activity);

    /** Changes an activity; {@link org.resolute.kernel.StaleUpdate} when someone changed it since that version. */
    PartnershipActivity update(UUID id, long version, NewActivity activity);

    Participant addParticipant(UUID activity, NewParticipant participant);

    void removeParticipant(UUID activity, UUID participant);

    FollowUp addFollowUp(UUID activity, NewFollowUp followUp);

    /** Closes an open follow-up on the day given, with a note of what was done. */
    FollowUp closeFollowUp(UUID activity, UUID followUp, LocalDate closedOn, String note);

    /**
     * Stores a document. Refused on "file" when it is empty, larger than {@link #MAX_ATTACHMENT_BYTES}, or not
     * what its name says (the type is found in the content: PDF, Word/OpenDocument text, plain text, PNG, JPEG).
     */
    Attachment attach(UUID activity, NewAttachment attachment);

    Optional<AttachmentFile> download(UUID attachment);

    void removeAttachment(UUID activity, UUID attachment);

    /** Activities by year and theme, people reached, follow-ups open, closed and overdue on the day. */
    PartnershipReport report(ActivityFilter filter, LocalDate today);

    /** The largest attachment accepted: 5 MB. */
    long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
}
