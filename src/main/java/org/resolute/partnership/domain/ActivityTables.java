package org.resolute.partnership.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Classification;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.PartnershipRecord;
import org.resolute.partnership.Theme;
import org.resolute.partnership.Track;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's own record and its activities; activities are read through the viewer's marking filter. */
@Repository
class ActivityTables {

    private final JdbcClient jdbc;
    private final MarkedRecords records;

    ActivityTables(JdbcClient jdbc, MarkedRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    Optional<PartnershipRecord> partnership() {
        return jdbc.sql("SELECT * FROM partnership_record ORDER BY set_up_on").query((rs, n) -> partnership(rs))
                .optional();
    }

    void insert(PartnershipRecord record) {
        jdbc.sql("""
                INSERT INTO partnership_record (code, name, purpose, goal, set_up_on, set_up_at, set_up_source,
                    set_up_status, strengthened_on, strengthened_at, strengthened_how, strengthened_source,
                    strengthened_status)
                VALUES (:code, :name, :purpose, :goal, :setUpOn, :setUpAt, :setUpSource, :setUpStatus,
                    :strengthenedOn, :strengthenedAt, :strengthenedHow, :strengthenedSource, :strengthenedStatus)""")
                .param("code", record.code()).param("name", record.name()).param("purpose", record.purpose())
                .param("goal", record.goal()).param("setUpOn", record.setUpOn()).param("setUpAt", record.setUpAt())
                .param("setUpSource", record.setUp().source()).param("setUpStatus", record.setUp().status().name())
                .param("strengthenedOn", record.strengthenedOn()).param("strengthenedAt", record.strengthenedAt())
                .param("strengthenedHow", record.strengthenedHow())
                .param("strengthenedSource", record.strengthened() == null ? null : record.strengthened().source())
                .param("strengthenedStatus",
                        record.strengthened() == null ? null : record.strengthened().status().name())
                .update();
    }

    PageResult<PartnershipActivity> page(ActivityFilter filter, PageQuery page) {
        return records.page(query(filter), page, (rs, n) -> activity(rs));
    }

    List<PartnershipActivity> list(ActivityFilter filter) {
        return records.list(query(filter), (rs, n) -> activity(rs));
    }

    Optional<PartnershipActivity> find(UUID id) {
        return records.find(MarkedQuery.select("a.*").from("partnership_activity", "a").where("a.id = :id", "id", id),
                (rs, n) -> activity(rs));
    }

    long count() {
        return records.count(MarkedQuery.select("a.id").from("partnership_activity", "a"));
    }

    void insert(PartnershipActivity activity) {
        jdbc.sql("""
                INSERT INTO partnership_activity (id, kind, track, theme, title, starts_on, ends_on, place, organisers,
                    objectives, outcomes, source, as_of, provenance_status, classification, releasable_to, version)
                VALUES (:id, :kind, :track, :theme, :title, :startsOn, :endsOn, :place, :organisers, :objectives,
                    :outcomes, :source, :asOf, :status, :classification, :releasableTo, 0)""")
                .params(parameters(activity)).update();
    }

    /** Writes the new state if the stored version is the one given; false when it was changed meanwhile. */
    boolean update(PartnershipActivity activity, long expectedVersion) {
        return jdbc.sql("""
                UPDATE partnership_activity SET kind = :kind, track = :track, theme = :theme, title = :title,
                    starts_on = :startsOn, ends_on = :endsOn, place = :place, organisers = :organisers,
                    objectives = :objectives, outcomes = :outcomes, source = :source, as_of = :asOf,
                    provenance_status = :status, classification = :classification, releasable_to = :releasableTo,
                    version = version + 1
                WHERE id = :id AND version = :expected""")
                .params(parameters(activity)).param("expected", expectedVersion).update() == 1;
    }

    private static java.util.Map<String, Object> parameters(PartnershipActivity a) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", a.id());
        values.put("kind", a.kind().name());
        values.put("track", a.track().name());
        values.put("theme", a.theme().name());
        values.put("title", a.title());
        values.put("startsOn", a.startsOn());
        values.put("endsOn", a.endsOn());
        values.put("place", a.place());
        values.put("organisers", a.organisers());
        values.put("objectives", a.objectives());
        values.put("outcomes", a.outcomes());
        values.put("source", a.provenance().source());
        values.put("asOf", a.provenance().asOf());
        values.put("status", a.provenance().status().name());
        values.put("classification", a.marking().classification().name());
        values.put("releasableTo", a.marking().releasabilityText());
        return values;
    }

    private static MarkedQuery query(ActivityFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().toLowerCase(java.util.Locale.ROOT) + "%";
        return MarkedQuery.select("a.*").from("partnership_activity", "a")
                .whereIfPresent(filter.kind() == null ? null : filter.kind().name(), "a.kind = :kind", "kind")
                .whereIfPresent(filter.theme() == null ? null : filter.theme().name(), "a.theme = :theme", "theme")
                .whereIfPresent(filter.track() == null ? null : filter.track().name(), "a.track = :track", "track")
                .whereIfPresent(filter.from(), "a.ends_on >= :from", "from")
                .whereIfPresent(filter.until(), "a.starts_on <= :until", "until")
                .whereIfPresent(text, "LOWER(a.title) LIKE :text OR LOWER(a.place) LIKE :text"
                        + " OR LOWER(a.organisers) LIKE :text", "text")
                .sortable("startsOn", "a.starts_on").sortable("title", "a.title").sortable("kind", "a.kind")
                .sortable("theme", "a.theme").sortable("place", "a.place")
                .orderByDefault("a.starts_on");
    }

    static PartnershipActivity activity(ResultSet rs) throws SQLException {
        return new PartnershipActivity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
                Track.valueOf(rs.getString("track")), Theme.valueOf(rs.getString("theme")), rs.getString("title"),
                rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
                rs.getString("place"), rs.getString("organisers"), rs.getString("objectives"),
                rs.getString("outcomes"), new Provenance(rs.getString("source"),
                        rs.getObject("as_of", java.time.LocalDate.class),
                        ProvenanceStatus.valueOf(rs.getString("provenance_status"))),
                marking(rs), rs.getLong("version"));
    }

    static Marking marking(ResultSet rs) throws SQLException {
        return Marking.of(Classification.valueOf(rs.getString("classification")), rs.getString("releasable_to"));
    }

    private static PartnershipRecord partnership(ResultSet rs) throws SQLException {
        String strengthenedSource = rs.getString("strengthened_source");
        return new PartnershipRecord(rs.getString("code"), rs.getString("name"), rs.getString("purpose"),
                rs.getString("goal"), rs.getObject("set_up_on", java.time.LocalDate.class), rs.getString("set_up_at"),
                new Provenance(rs.getString("set_up_source"), null,
                        ProvenanceStatus.valueOf(rs.getString("set_up_status"))),
                rs.getObject("strengthened_on", java.time.LocalDate.class), rs.getString("strengthened_at"),
                rs.getString("strengthened_how"), strengthenedSource == null ? null
                        : new Provenance(strengthenedSource, null,
                                ProvenanceStatus.valueOf(rs.getString("strengthened_status"))));
    }
}
