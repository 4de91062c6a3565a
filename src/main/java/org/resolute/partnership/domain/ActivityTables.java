package org.resolute.partnership.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.MarkedTable;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.PartnershipRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's own record and its activities; activities are read through the viewer's marking filter. */
@Repository
class ActivityTables extends MarkedTable<ActivityFilter, PartnershipActivity> {

    private final JdbcClient jdbc;

    ActivityTables(JdbcClient jdbc, MarkedRecords records) {
        super(records, "partnership_activity", "a", "a.starts_on", (rs, n) -> activity(rs));
        this.jdbc = jdbc;
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

    void insert(PartnershipActivity activity) {
        jdbc.sql("""
                INSERT INTO partnership_activity (id, kind, track, theme, title, starts_on, ends_on, place, organisers,
                    objectives, outcomes, source, as_of, provenance_status, classification, releasable_to, version)
                VALUES (:id, :kind, :track, :theme, :title, :startsOn, :endsOn, :place, :organisers, :objectives,
                    :outcomes, :source, :asOf, :provenanceStatus, :classification, :releasableTo, 0)""")
                .paramSource(parameters(activity)).update();
    }

    /** Writes the new state if the stored version is the one given; false when it was changed meanwhile. */
    boolean update(PartnershipActivity activity, long expectedVersion) {
        return jdbc.sql("""
                UPDATE partnership_activity SET kind = :kind, track = :track, theme = :theme, title = :title,
                    starts_on = :startsOn, ends_on = :endsOn, place = :place, organisers = :organisers,
                    objectives = :objectives, outcomes = :outcomes, source = :source, as_of = :asOf,
                    provenance_status = :provenanceStatus, classification = :classification, releasable_to = :releasableTo,
                    version = version + 1
                WHERE id = :id AND version = :expected""")
                .paramSource(parameters(activity).addValue("expected", expectedVersion)).update() == 1;
    }

    private static MapSqlParameterSource parameters(PartnershipActivity a) {
        return RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource(), a.marking()),
                a.provenance()).addValue("id", a.id()).addValue("kind", a.kind().name())
                .addValue("track", a.track().name()).addValue("theme", a.theme().name())
                .addValue("title", a.title()).addValue("startsOn", a.startsOn()).addValue("endsOn", a.endsOn())
                .addValue("place", a.place()).addValue("organisers", a.organisers())
                .addValue("objectives", a.objectives()).addValue("outcomes", a.outcomes());
    }

    @Override
    protected MarkedQuery matching(ActivityFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
        return all()
                .whereIfPresent(filter.kind() == null ? null : filter.kind().name(), "a.kind = :kind", "kind")
                .whereIfPresent(filter.theme() == null ? null : filter.theme().name(), "a.theme = :theme", "theme")
                .whereIfPresent(filter.track() == null ? null : filter.track().name(), "a.track = :track", "track")
                .whereIfPresent(filter.from(), "a.ends_on >= :from", "from")
                .whereIfPresent(filter.until(), "a.starts_on <= :until", "until")
                .whereIfPresent(text, "LOWER(a.title) LIKE :text OR LOWER(a.place) LIKE :text"
                        + " OR LOWER(a.organisers) LIKE :text", "text")
                .sortable("startsOn", "a.starts_on").sortable("title", "a.title").sortable("kind", "a.kind")
                .sortable("theme", "a.theme").sortable("place", "a.place");
    }

    static PartnershipActivity activity(ResultSet rs) throws SQLException {
        return new PartnershipActivity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
                Track.valueOf(rs.getString("track")), Theme.valueOf(rs.getString("theme")), rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"), rs.getString("organisers"), rs.getString("objectives"),
                rs.getString("outcomes"), Provenance.read(rs), Marking.read(rs), rs.getLong("version"));
    }

    private static PartnershipRecord partnership(ResultSet rs) throws SQLException {
        return new PartnershipRecord(rs.getString("code"), rs.getString("name"), rs.getString("purpose"),
                rs.getString("goal"), rs.getObject("set_up_on", LocalDate.class), rs.getString("set_up_at"),
                Provenance.read(rs, "set_up_source", "set_up_status", null),
                rs.getObject("strengthened_on", LocalDate.class), rs.getString("strengthened_at"),
                rs.getString("strengthened_how"), Provenance.read(rs, "strengthened_source", "strengthened_status",
                        null));
    }
}
