package org.resolute.partnership.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An activity's participants, follow-ups and attachments. Each row carries its activity's marking and is read
 * through the viewer's marking filter like the activity itself.
 */
@Repository
class PartTables {

    private static final String ATTACHMENT_COLUMNS = "t.id, t.activity, t.kind, t.file_name, t.media_type, "
            + "t.size_bytes, t.sha256, t.uploaded_by, t.uploaded_at";

    private final JdbcClient jdbc;
    private final MarkedRecords records;

    PartTables(JdbcClient jdbc, MarkedRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    List<Participant> participants(Collection<UUID> activities) {
        return partsOf(activities, "partnership_participant", "p", "p.kind, p.name", (rs, n) -> participant(rs));
    }

    List<FollowUp> followUps(Collection<UUID> activities) {
        return partsOf(activities, "partnership_follow_up", "f", "f.due_on", (rs, n) -> followUp(rs));
    }

    /** The visible parts of the activities, in the order given; none for no activities (IN () is not SQL). */
    private <T> List<T> partsOf(Collection<UUID> activities, String table, String alias, String order,
            RowMapper<T> rows) {
        if (activities.isEmpty()) {
            return List.of();
        }
        return records.list(MarkedQuery.select(alias + ".*").from(table, alias)
                .where(alias + ".activity IN (:activities)", "activities", activities).orderByDefault(order), rows);
    }

    List<Attachment> attachments(UUID activity) {
        return records.list(MarkedQuery.select(ATTACHMENT_COLUMNS).from("partnership_attachment", "t")
                .where("t.activity = :activity", "activity", activity).orderByDefault("t.uploaded_at"),
                (rs, n) -> attachment(rs));
    }

    Optional<AttachmentFile> file(UUID id) {
        return records.find(MarkedQuery.select(ATTACHMENT_COLUMNS + ", t.content").from("partnership_attachment", "t")
                .where("t.id = :id", "id", id), (rs, n) -> new AttachmentFile(attachment(rs), rs.getBytes("content")));
    }

    void insert(Participant participant, Marking marking) {
        jdbc.sql("""
                INSERT INTO partnership_participant (id, activity, kind, name, nation, role, headcount, classification,
                    releasable_to)
                VALUES (:id, :activity, :kind, :name, :nation, :role, :headcount, :classification, :releasableTo)""")
                .param("id", participant.id()).param("activity", participant.activity())
                .param("kind", participant.kind().name()).param("name", participant.name())
                .param("nation", participant.nation().isEmpty() ? null : participant.nation())
                .param("role", participant.role()).param("headcount", participant.headcount())
                .param("classification", marking.classification().name())
                .param("releasableTo", marking.releasabilityText()).update();
    }

    void insert(FollowUp followUp, Marking marking) {
        jdbc.sql("""
                INSERT INTO partnership_follow_up (id, activity, action, owner, due_on, closed_on, closing_note,
                    classification, releasable_to, version)
                VALUES (:id, :activity, :action, :owner, :dueOn, NULL, '', :classification, :releasableTo, 0)""")
                .param("id", followUp.id()).param("activity", followUp.activity()).param("action", followUp.action())
                .param("owner", followUp.owner()).param("dueOn", followUp.dueOn())
                .param("classification", marking.classification().name())
                .param("releasableTo", marking.releasabilityText()).update();
    }

    /** Closes the follow-up if it is still open at that version; false otherwise. */
    boolean close(FollowUp followUp, LocalDate closedOn, String note) {
        return jdbc.sql("""
                UPDATE partnership_follow_up SET closed_on = :closedOn, closing_note = :note, version = version + 1
                WHERE id = :id AND version = :version AND closed_on IS NULL""")
                .param("closedOn", closedOn).param("note", note).param("id", followUp.id())
                .param("version", followUp.version()).update() == 1;
    }

    void insert(Attachment attachment, byte[] content, Marking marking) {
        jdbc.sql("""
                INSERT INTO partnership_attachment (id, activity, kind, file_name, media_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at, classification, releasable_to)
                VALUES (:id, :activity, :kind, :fileName, :mediaType, :size, :sha256, :content, :uploadedBy,
                    :uploadedAt, :classification, :releasableTo)""")
                .param("id", attachment.id()).param("activity", attachment.activity())
                .param("kind", attachment.kind().name()).param("fileName", attachment.fileName())
                .param("mediaType", attachment.mediaType()).param("size", attachment.sizeBytes())
                .param("sha256", attachment.sha256()).param("content", content)
                .param("uploadedBy", attachment.uploadedBy())
                .param("uploadedAt", OffsetDateTime.ofInstant(attachment.uploadedAt(), ZoneOffset.UTC))
                .param("classification", marking.classification().name())
                .param("releasableTo", marking.releasabilityText()).update();
    }

    /** Gives an activity's parts its new marking, so they stay as visible as the activity. */
    void remark(UUID activity, Marking marking) {
        for (String table : List.of("partnership_participant", "partnership_follow_up", "partnership_attachment")) {
            jdbc.sql("UPDATE " + table + " SET classification = :classification, releasable_to = :releasableTo"
                    + " WHERE activity = :activity").param("classification", marking.classification().name())
                    .param("releasableTo", marking.releasabilityText()).param("activity", activity).update();
        }
    }

    boolean deleteParticipant(UUID activity, UUID id) {
        return jdbc.sql("DELETE FROM partnership_participant WHERE id = :id AND activity = :activity")
                .param("id", id).param("activity", activity).update() == 1;
    }

    boolean deleteAttachment(UUID activity, UUID id) {
        return jdbc.sql("DELETE FROM partnership_attachment WHERE id = :id AND activity = :activity")
                .param("id", id).param("activity", activity).update() == 1;
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        String nation = rs.getString("nation");
        return new Participant(rs.getObject("id", UUID.class), rs.getObject("activity", UUID.class),
                ParticipantKind.valueOf(rs.getString("kind")), rs.getString("name"),
                nation == null ? "" : nation.trim(), rs.getString("role"), rs.getInt("headcount"));
    }

    private static FollowUp followUp(ResultSet rs) throws SQLException {
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("activity", UUID.class),
                rs.getString("action"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getString("closing_note"), rs.getLong("version"));
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("activity", UUID.class),
                AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
