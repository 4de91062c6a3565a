package org.resolute.reference.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Membership;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nation;
import org.resolute.reference.Source;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference module's tables. Reference data is small (a few hundred rows), so reads take whole tables. */
@Repository
class ReferenceTables {

    /** The citation a membership period carries when no listed source states it. */
    static final String PUBLIC_RECORD = "public record";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ReferenceTables(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Nation> nations() {
        return jdbc.sql("SELECT code, alpha2, name FROM reference_nation ORDER BY name")
                .query((rs, row) -> new Nation(rs.getString("code").trim(), rs.getString("alpha2").trim(),
                        rs.getString("name")))
                .list();
    }

    List<Membership> memberships() {
        return jdbc.sql("""
                SELECT nation, kind, since_date, until_date, source_id,
                       COALESCE(source_id, :publicRecord) AS cited, provenance_status, status_note, note
                FROM reference_membership ORDER BY nation, since_date""")
                .param("publicRecord", PUBLIC_RECORD)
                .query((rs, row) -> membership(rs))
                .list();
    }

    List<Currency> currencies() {
        return jdbc.sql("SELECT code, name, minor_units FROM reference_currency ORDER BY code")
                .query((rs, row) -> new Currency(rs.getString("code").trim(), rs.getString("name"),
                        rs.getObject("minor_units", Integer.class)))
                .list();
    }

    List<Source> sources() {
        return jdbc.sql("SELECT id, title, url, date_text, kind FROM reference_source ORDER BY id")
                .query((rs, row) -> new Source(rs.getString("id"), rs.getString("title"), rs.getString("url"),
                        rs.getString("date_text"), rs.getString("kind")))
                .list();
    }

    List<ContributingNation> contributors(String mission) {
        return jdbc.sql("""
                SELECT c.mission, n.code, n.alpha2, n.name, c.name_in_source, c.status_during_mission,
                       c.in_advisor_nation_list, c.source_id, c.status_note, c.note
                FROM reference_contributing_nation c JOIN reference_nation n ON n.code = c.nation
                WHERE c.mission = :mission ORDER BY c.name_in_source""")
                .param("mission", mission)
                .query((rs, row) -> new ContributingNation(rs.getString("mission"),
                        new Nation(rs.getString("code").trim(), rs.getString("alpha2").trim(), rs.getString("name")),
                        rs.getString("name_in_source"), MembershipKind.valueOf(rs.getString("status_during_mission")),
                        rs.getBoolean("in_advisor_nation_list"), rs.getString("source_id"),
                        rs.getString("status_note"), rs.getString("note")))
                .list();
    }

    Set<String> contributorKeys() {
        return jdbc.sql("SELECT mission, nation FROM reference_contributing_nation")
                .query((rs, row) -> rs.getString("mission") + "/" + rs.getString("nation").trim())
                .set();
    }

    long count(Table table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table.name).query(Long.class).single();
    }

    void insertSources(List<Source> sources) {
        insert("""
                INSERT INTO reference_source (id, title, url, date_text, kind)
                VALUES (:id, :title, :url, :date, :kind)""", sources.stream().map(source -> params()
                .addValue("id", source.id()).addValue("title", source.title()).addValue("url", source.url())
                .addValue("date", source.date()).addValue("kind", source.kind())).toList());
    }

    void insertNations(List<Nation> nations) {
        insert("INSERT INTO reference_nation (code, alpha2, name) VALUES (:code, :alpha2, :name)",
                nations.stream().map(nation -> params().addValue("code", nation.code())
                        .addValue("alpha2", nation.alpha2()).addValue("name", nation.name())).toList());
    }

    void insertCurrencies(List<Currency> currencies) {
        insert("INSERT INTO reference_currency (code, name, minor_units) VALUES (:code, :name, :minorUnits)",
                currencies.stream().map(currency -> params().addValue("code", currency.code())
                        .addValue("name", currency.name()).addValue("minorUnits", currency.minorUnits())).toList());
    }

    void insertMemberships(List<Membership> memberships) {
        insert("""
                INSERT INTO reference_membership
                    (nation, kind, since_date, until_date, source_id, provenance_status, status_note, note)
                VALUES (:nation, :kind, :since, :until, :sourceId, :status, :statusNote, :note)""",
                memberships.stream().map(membership -> params().addValue("nation", membership.nation())
                        .addValue("kind", membership.kind().name()).addValue("since", membership.since())
                        .addValue("until", membership.until()).addValue("sourceId", membership.sourceId())
                        .addValue("status", membership.provenance().status().name())
                        .addValue("statusNote", membership.statusNote()).addValue("note", membership.note()))
                        .toList());
    }

    void insertContributors(List<ContributingNation> contributors) {
        insert("""
                INSERT INTO reference_contributing_nation (mission, nation, name_in_source, status_during_mission,
                    in_advisor_nation_list, source_id, status_note, note)
                VALUES (:mission, :nation, :nameInSource, :status, :inAdvisorList, :sourceId, :statusNote, :note)""",
                contributors.stream().map(contributor -> params().addValue("mission", contributor.mission())
                        .addValue("nation", contributor.nation().code())
                        .addValue("nameInSource", contributor.nameInSource())
                        .addValue("status", contributor.statusDuringMission().name())
                        .addValue("inAdvisorList", contributor.inAdvisorNationList())
                        .addValue("sourceId", contributor.sourceId())
                        .addValue("statusNote", contributor.statusNote()).addValue("note", contributor.note()))
                        .toList());
    }

    private void insert(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource();
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getString("nation").trim(), MembershipKind.valueOf(rs.getString("kind")),
                rs.getObject("since_date", LocalDate.class), rs.getObject("until_date", LocalDate.class),
                rs.getString("source_id"), Provenance.read(rs, "cited", null), rs.getString("status_note"),
                rs.getString("note"));
    }

    /** A membership period, citing its source id or, where it has none, general public record. */
    static Membership membership(String nation, MembershipKind kind, LocalDate since, LocalDate until,
            String sourceId, ProvenanceStatus status, String statusNote, String note) {
        return new Membership(nation, kind, since, until, sourceId,
                new Provenance(sourceId == null ? PUBLIC_RECORD : sourceId, null, status), statusNote, note);
    }

    /** The tables, in the order they are loaded (a membership names a nation and a source). */
    enum Table {
        SOURCES("reference_source"),
        NATIONS("reference_nation"),
        CURRENCIES("reference_currency"),
        MEMBERSHIPS("reference_membership"),
        CONTRIBUTORS("reference_contributing_nation");

        final String name;

        Table(String name) {
            this.name = name;
        }
    }
}
