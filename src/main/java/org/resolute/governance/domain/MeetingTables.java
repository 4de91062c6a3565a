package org.resolute.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.MarkedTable;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings table, read through the viewer's marking filter. */
@Repository
class MeetingTables extends MarkedTable<GovernanceFilter, Meeting> {

    private final JdbcClient jdbc;

    MeetingTables(JdbcClient jdbc, MarkedRecords records) {
        super(records, "governance_meeting", "m", "m.starts_on", (rs, n) -> meeting(rs));
        this.jdbc = jdbc;
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

    @Override
    protected MarkedQuery matching(GovernanceFilter filter) {
        return all().whereIfPresent(filter.checked().kind(), "m.kind = :kind", "kind")
                .whereIfPresent(filter.from(), "m.ends_on >= :from", "from")
                .whereIfPresent(filter.until(), "m.starts_on <= :until", "until")
                .whereIfPresent(filter.textPattern(), "LOWER(m.title) LIKE :text OR LOWER(m.place) LIKE :text",
                        "text")
                .sortable("startsOn", "m.starts_on").sortable("title", "m.title").sortable("kind", "m.kind")
                .sortable("place", "m.place");
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getString("summary"),
                Provenance.read(rs), Marking.read(rs), rs.getLong("version"));
    }
}
