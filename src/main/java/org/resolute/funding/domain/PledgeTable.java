package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.MarkedTable;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Pledges: written here, read only as a {@link MarkedTable} so a viewer sees only what they may. */
@Repository
class PledgeTable extends MarkedTable<ContributionFilter, Pledge> {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PledgeTable(NamedParameterJdbcTemplate jdbc, MarkedRecords records, Clock clock) {
        super(records, "funding_pledge", "p", "p.fund, p.first_year, p.donor", PledgeTable::pledge);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(Pledge pledge) {
        jdbc.update("""
                INSERT INTO funding_pledge (id, donor, fund, first_year, last_year, amount, currency, status,
                                            announced_on, board_meeting_id, source, as_of, provenance_status,
                                            classification, releasable_to, version, changed_at)
                VALUES (:id, :donor, :fund, :firstYear, :lastYear, :amount, :currency, :status, :announcedOn,
                        :boardMeeting, :source, :asOf, :provenanceStatus, :classification, :releasableTo, :version,
                        :changedAt)
                """, RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource()
                .addValue("id", pledge.id())
                .addValue("donor", pledge.donor()).addValue("fund", pledge.fund())
                .addValue("firstYear", pledge.firstYear()).addValue("lastYear", pledge.lastYear())
                .addValue("amount", pledge.annualAmount().amount())
                .addValue("currency", pledge.annualAmount().currencyCode())
                .addValue("status", pledge.status().name()).addValue("announcedOn", pledge.announcedOn())
                .addValue("boardMeeting", pledge.boardMeeting()).addValue("version", pledge.version())
                .addValue("changedAt", now()),
                pledge.marking()), pledge.provenance()));
    }

    /** Moves a pledge on, if nobody moved it since it was read; answers whether it did. */
    boolean update(Pledge pledge, long expectedVersion) {
        return jdbc.update("""
                UPDATE funding_pledge SET status = :status, board_meeting_id = :boardMeeting, version = :version,
                                          changed_at = :changedAt
                WHERE id = :id AND version = :expected
                """, new MapSqlParameterSource().addValue("status", pledge.status().name())
                .addValue("changedAt", now())
                .addValue("boardMeeting", pledge.boardMeeting()).addValue("version", pledge.version())
                .addValue("id", pledge.id()).addValue("expected", expectedVersion)) == 1;
    }

    /** The time a write stamps on the pledge (V12), from which its fund's IATI last-updated-datetime is taken. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    List<Pledge> confirmedAt(UUID meeting) {
        return listWhere("p.board_meeting_id = :meeting", "meeting", meeting);
    }

    long countAll() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM funding_pledge", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    protected MarkedQuery matching(ContributionFilter filter) {
        MarkedQuery query = all().whereIfPresent(filter.donor(), "p.donor = :donor", "donor")
                .whereIfPresent(filter.fund(), "p.fund = :fund", "fund")
                .sortable("donor", "p.donor").sortable("fund", "p.fund").sortable("year", "p.first_year")
                .sortable("status", "p.status").sortable("announcedOn", "p.announced_on");
        if (filter.year() != null) {
            query.where("p.first_year <= :year AND p.last_year >= :year", "year", filter.year());
        }
        return query;
    }

    static Pledge pledge(ResultSet row, int n) throws SQLException {
        return new Pledge(row.getObject("id", UUID.class), row.getString("donor"), row.getString("fund"),
                row.getInt("first_year"), row.getInt("last_year"), new Money(row.getBigDecimal("amount"),
                        Currency.getInstance(row.getString("currency"))),
                PledgeStatus.valueOf(row.getString("status")), row.getObject("announced_on", LocalDate.class),
                row.getObject("board_meeting_id", UUID.class), Provenance.read(row),
                Marking.read(row), row.getLong("version"));
    }
}
