package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.resolute.funding.Fund;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Funds, donors, Board meetings and exchange rates: public, unmarked records. */
@Repository
class FundTable {

    private final NamedParameterJdbcTemplate jdbc;
    private final CodedRows<Fund> funds;
    private final CodedRows<Donor> donors;

    FundTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.funds = new CodedRows<>(jdbc, "funding_fund", "established, code", "Fund", FundTable::fund);
        this.donors = new CodedRows<>(jdbc, "funding_donor", "name", "Donor", FundTable::donor);
    }

    CodedRows<Fund> funds() {
        return funds;
    }

    void insert(Fund fund) {
        jdbc.update("""
                INSERT INTO funding_fund (code, name, administrator, purpose, windows, fiscal_calendar, established,
                                          iati_identifier, source)
                VALUES (:code, :name, :administrator, :purpose, :windows, :calendar, :established, :iati, :source)
                """, new MapSqlParameterSource().addValue("code", fund.code()).addValue("name", fund.name())
                .addValue("administrator", fund.administrator()).addValue("purpose", fund.purpose())
                .addValue("windows", fund.windows()).addValue("calendar", fund.fiscalCalendar())
                .addValue("established", fund.established()).addValue("iati", fund.iatiIdentifier())
                .addValue("source", fund.source()));
    }

    CodedRows<Donor> donors() {
        return donors;
    }

    void insert(Donor donor) {
        jdbc.update("""
                INSERT INTO funding_donor (code, name, kind, nation, iati_identifier)
                VALUES (:code, :name, :kind, :nation, :iati)
                """, new MapSqlParameterSource().addValue("code", donor.code()).addValue("name", donor.name())
                .addValue("kind", donor.kind().name()).addValue("nation", donor.nation())
                .addValue("iati", donor.iatiIdentifier()));
    }

    List<BoardMeeting> meetings(String fund) {
        return jdbc.query("SELECT * FROM funding_board_meeting WHERE fund = :fund ORDER BY held_on",
                Map.of("fund", fund), FundTable::meeting);
    }

    Optional<BoardMeeting> meeting(UUID id) {
        return jdbc.query("SELECT * FROM funding_board_meeting WHERE id = :id", Map.of("id", id),
                FundTable::meeting).stream().findFirst();
    }

    void insert(BoardMeeting meeting) {
        jdbc.update("""
                INSERT INTO funding_board_meeting (id, fund, held_on, title, source)
                VALUES (:id, :fund, :heldOn, :title, :source)
                """, new MapSqlParameterSource().addValue("id", meeting.id()).addValue("fund", meeting.fund())
                .addValue("heldOn", meeting.heldOn()).addValue("title", meeting.title())
                .addValue("source", meeting.source()));
    }

    Optional<ExchangeRate> rate(String currency, String source, LocalDate on) {
        return jdbc.query("""
                SELECT * FROM funding_exchange_rate
                WHERE currency = :currency AND source = :source AND rate_date <= :on
                ORDER BY rate_date DESC LIMIT 1
                """, Map.of("currency", currency, "source", source, "on", on), FundTable::rate).stream().findFirst();
    }

    List<ExchangeRate> rates(String currency) {
        return jdbc.query("""
                SELECT * FROM funding_exchange_rate WHERE (:currency = '' OR currency = :currency)
                ORDER BY currency, source, rate_date
                """, Map.of("currency", currency == null ? "" : currency), FundTable::rate);
    }

    void insert(ExchangeRate rate) {
        jdbc.update("""
                INSERT INTO funding_exchange_rate (currency, rate_date, source, usd_per_unit, provenance)
                VALUES (:currency, :date, :source, :rate, :provenance)
                """, new MapSqlParameterSource().addValue("currency", rate.currency())
                .addValue("date", rate.rateDate()).addValue("source", rate.source())
                .addValue("rate", rate.usdPerUnit()).addValue("provenance", rate.provenance()));
    }

    long countFunds() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM funding_fund", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    private static Fund fund(ResultSet row, int n) throws SQLException {
        return new Fund(row.getString("code"), row.getString("name"), row.getString("administrator"),
                row.getString("purpose"), row.getString("windows"), row.getString("fiscal_calendar"),
                row.getObject("established", LocalDate.class), row.getString("iati_identifier"),
                row.getString("source"));
    }

    private static Donor donor(ResultSet row, int n) throws SQLException {
        return new Donor(row.getString("code"), row.getString("name"), DonorKind.valueOf(row.getString("kind")),
                row.getString("nation"), row.getString("iati_identifier"));
    }

    private static BoardMeeting meeting(ResultSet row, int n) throws SQLException {
        return new BoardMeeting(row.getObject("id", UUID.class), row.getString("fund"),
                row.getObject("held_on", LocalDate.class), row.getString("title"), row.getString("source"));
    }

    private static ExchangeRate rate(ResultSet row, int n) throws SQLException {
        return new ExchangeRate(row.getString("currency"), row.getObject("rate_date", LocalDate.class),
                row.getString("source"), row.getBigDecimal("usd_per_unit"), row.getString("provenance"));
    }
}
