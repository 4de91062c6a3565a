package org.resolute.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings table, read through the viewer's marking filter. */
@Repository
class MeetingTables {

    private final JdbcClient jdbc;
    private final MarkedRecords records;

    MeetingTables(JdbcClient jdbc, MarkedRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    PageResult<Meeting> page(GovernanceFilter filter, PageQuery page) {
        return records.page(query(filter), page, (rs, n) -> meeting(rs));
    }

    List<Meeting> list(GovernanceFilter filter) {
        return records.list(query(filter), (rs, n) -> meeting(rs));
    }

    Optional<Meeting> find(UUID id) {
        return records.find(MarkedQuery.select("m.*").from("governance_meeting", "m").where("m.id = :id", "id", id),
                (rs, n) -> meeting(rs));
    }

    long count() {
        return records.count(MarkedQuery.select("m.id").from("governance_meeting", "m"));
    }

    void insert(Meeting meeting) {
        MapSqlParameterSource values = RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource(),
                meeting.marking()), meeting.provenance()).addValue("id", meeting.id())
                .addValue("kind", meeting.kind().name()).addValue("title", meeting.title())
                .addValue("startsOn", meeting.startsOn()).addValue("endsOn", meeting.endsOn())
                .addValue("place", meeting.place()).addValue("summary", meeting.summary());
        jdbc.sql("""
                INSERT INTO governance_meeting (id, kind, title, starts_on, ends_on, place, summary, source, as_of,
                    provenance_status, classification, releasable_to, version)
                VALUES (:id, :kind, :title, :startsOn, :endsOn, :place, :summary, :source, :asOf,
                    :provenanceStatus, :classification, :releasableTo, 0)""").paramSource(values).update();
    }

    private static MarkedQuery query(GovernanceFilter filter) {
        return MarkedQuery.select("m.*").from("governance_meeting", "m")
                .whereIfPresent(filter.kind(), "m.kind = :kind", "kind")
                .whereIfPresent(filter.from(), "m.ends_on >= :from", "from")
                .whereIfPresent(filter.until(), "m.starts_on <= :until", "until")
                .whereIfPresent(filter.textPattern(), "LOWER(m.title) LIKE :text OR LOWER(m.place) LIKE :text",
                        "text")
                .sortable("startsOn", "m.starts_on").sortable("title", "m.title").sortable("kind", "m.kind")
                .sortable("place", "m.place").orderByDefault("m.starts_on");
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getString("summary"),
                Provenance.read(rs), Marking.read(rs), rs.getLong("version"));
    }
}
