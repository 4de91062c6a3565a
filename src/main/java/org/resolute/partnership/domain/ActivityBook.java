package org.resolute.partnership.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedBook;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Sha256;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewers;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivities;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.PartnershipRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership and its activities, always limited to what the current viewer may see, with their participants,
 * follow-ups and attachments; every change reaches the audit trail. Bad input is {@link InvalidInput} naming the
 * field; an activity the viewer may not see is {@link NotFound}.
 */
@Service
@Transactional(readOnly = true)
public class ActivityBook extends MarkedBook<ActivityFilter, PartnershipActivity>
        implements PartnershipActivities {

    /** The largest attachment accepted: 5 MB. */
    public static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private final ActivityTables activities;
    private final PartTables parts;
    private final ActivityRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityBook(ActivityTables activities, PartTables parts, ActivityRules rules,
            ApplicationEventPublisher events, Clock clock) {
        super(activities);
        this.activities = activities;
        this.parts = parts;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<PartnershipRecord> partnership() {
        return activities.partnership();
    }

    public Optional<ActivityDetail> find(UUID id) {
        return activities.find(id).map(activity -> new ActivityDetail(activity, parts.participants(List.of(id)),
                parts.followUps(List.of(id)), parts.attachments(id)));
    }

    @Transactional
    public PartnershipActivity record(NewActivity activity) {
        PartnershipActivity checked = rules.check(Ids.next(), 0, activity);
        activities.insert(checked);
        changed("PartnershipActivity", checked.id(), checked, checked);
        return checked;
    }

    /** Changes an activity; {@link StaleUpdate} when someone changed it since that version. */
    @Transactional
    public PartnershipActivity update(UUID id, long version, NewActivity activity) {
        PartnershipActivity current = visible(id);
        PartnershipActivity checked = rules.check(id, version + 1, activity);
        if (current.version() != version || !activities.update(checked, version)) {
            throw new StaleUpdate("The activity '" + current.title() + "'");
        }
        if (!checked.marking().equals(current.marking())) {
            parts.remark(id, checked.marking());
        }
        changed("PartnershipActivity", id, checked, checked);
        return checked;
    }

    @Transactional
    public Participant addParticipant(UUID activity, NewParticipant participant) {
        return add(activity, id -> rules.check(id, activity, participant), parts::insert, Participant::id,
                "PartnershipParticipant");
    }

    @Transactional
    public void removeParticipant(UUID activity, UUID participant) {
        remove(activity, participant, parts::deleteParticipant, "PartnershipParticipant", "Participant");
    }

    @Transactional
    public FollowUp addFollowUp(UUID activity, NewFollowUp followUp) {
        return add(activity, id -> rules.check(id, activity, followUp), parts::insert, FollowUp::id, "FollowUp");
    }

    /** Closes an open follow-up on the day given, with a note of what was done. */
    @Transactional
    public FollowUp closeFollowUp(UUID activity, UUID followUp, LocalDate closedOn, String note) {
        PartnershipActivity owner = visible(activity);
        FollowUp open = parts.followUps(List.of(activity)).stream().filter(f -> f.id().equals(followUp)).findFirst()
                .orElseThrow(() -> new NotFound("Follow-up"));
        if (!open.isOpen()) {
            throw new InvalidInput("followUp", "partnership.error.alreadyClosed",
                    "The follow-up was already closed on " + open.closedOn());
        }
        LocalDate day = closedOn == null ? LocalDate.now(clock) : closedOn;
        String text = ActivityRules.optional(note, "note", 600);
        if (!parts.close(open, day, text)) {
            throw new StaleUpdate("The follow-up '" + open.action() + "'");
        }
        FollowUp closed = new FollowUp(open.id(), activity, open.action(), open.owner(), open.dueOn(), day, text,
                open.version() + 1);
        changed("FollowUp", closed.id(), closed, owner);
        return closed;
    }

    /**
     * Stores a document. Refused on "file" when it is empty, larger than {@link #MAX_ATTACHMENT_BYTES}, or not
     * what its name says (the type is found in the content: PDF, Word/OpenDocument text, plain text, PNG, JPEG).
     */
    @Transactional
    public Attachment attach(UUID activity, NewAttachment file) {
        PartnershipActivity owner = visible(activity);
        if (file.kind() == null) {
            throw new InvalidInput("kind", "error.choice",
                    "Choose whether the document is an agenda, minutes or other");
        }
        AttachmentType type = AttachmentType.of(file.fileName(), file.content(), MAX_ATTACHMENT_BYTES);
        String name = ActivityRules.required(file.fileName().replaceAll("[\\\\/\\r\\n\"]", "_"), "file",
                "Name the file", 200);
        Attachment attachment = new Attachment(Ids.next(), activity, file.kind(), name, type.mediaType(),
                file.content().length, Sha256.hex(file.content()), Viewers.current().username(), PartTables.now(clock));
        parts.insert(attachment, file.content(), owner.marking());
        changed("PartnershipAttachment", attachment.id(), attachment, owner);
        return attachment;
    }

    public Optional<AttachmentFile> download(UUID attachment) {
        return parts.file(attachment);
    }

    @Transactional
    public void removeAttachment(UUID activity, UUID attachment) {
        remove(activity, attachment, parts::deleteAttachment, "PartnershipAttachment", "Attachment");
    }

    /** Activities by year and theme, people reached, follow-ups open, closed and overdue on the day. */
    public PartnershipReport report(ActivityFilter filter, LocalDate today) {
        List<PartnershipActivity> listed = activities.list(filter);
        List<UUID> ids = listed.stream().map(PartnershipActivity::id).toList();
        return PartnershipReports.of(listed, parts.participants(ids), parts.followUps(ids), today);
    }

    /**
     * Adds a part to an activity the viewer may see: checked under a new id, stored under the activity's marking
     * (a part is as secret as its activity) and announced for the audit trail.
     */
    private <P> P add(UUID activity, Function<UUID, P> check, BiConsumer<P, Marking> insert, Function<P, UUID> id,
            String type) {
        PartnershipActivity owner = visible(activity);
        P checked = check.apply(Ids.next());
        insert.accept(checked, owner.marking());
        changed(type, id.apply(checked), checked, owner);
        return checked;
    }

    /** Removes a part of an activity the viewer may see; {@link NotFound} when the activity has no such part. */
    private void remove(UUID activity, UUID part, BiPredicate<UUID, UUID> delete, String type, String name) {
        PartnershipActivity owner = visible(activity);
        if (!delete.test(activity, part)) {
            throw new NotFound(name);
        }
        events.publishEvent(RecordChanged.deleted(type, part, owner.marking()));
    }

    private PartnershipActivity visible(UUID id) {
        return activities.find(id).orElseThrow(() -> new NotFound("Partnership activity"));
    }

    private void changed(String type, UUID id, Object after, PartnershipActivity owner) {
        events.publishEvent(RecordChanged.saved(type, id, after, owner.marking()));
    }
}
