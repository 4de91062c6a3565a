package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What publishing a fund as an IATI activity needs beyond the books (V12): the reporting organisation and sector of
 * each fund, each project's name, sector and receiving organisation, and the times the activity's data were written,
 * from which its last-updated-datetime is taken.
 */
@Repository
class IatiPublishers {

    /** Ids per query: well below the bind-parameter limits of both databases. */
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    IatiPublishers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reports a fund's activity, its identifier and type, and the fund's DAC sector; empty if not recorded. */
    record Publisher(String orgName, String orgRef, String orgType, String sector, @Nullable Instant changedAt) {
    }

    /** A project a fund pays: its name, DAC sector and the organisation that receives its money. */
    record Project(String code, String name, String sector, String receiverName, @Nullable String receiverRef,
            String receiverType, Instant changedAt) {
    }

    Optional<Publisher> publisher(String fund) {
        return jdbc.query("""
                SELECT reporting_org_name, reporting_org_ref, reporting_org_type, sector, iati_changed_at
                FROM funding_fund WHERE code = :fund AND reporting_org_ref IS NOT NULL
                """, Map.of("fund", fund), (row, n) -> new Publisher(row.getString("reporting_org_name"),
                row.getString("reporting_org_ref"), row.getString("reporting_org_type"), row.getString("sector"),
                instant(row, "iati_changed_at"))).stream().findFirst();
    }

    void record(String fund, String identifier, Publisher publisher) {
        jdbc.update("""
                UPDATE funding_fund SET iati_identifier = :identifier, reporting_org_name = :name,
                       reporting_org_ref = :ref, reporting_org_type = :type, sector = :sector, iati_changed_at = :at
                WHERE code = :fund
                """, new MapSqlParameterSource().addValue("fund", fund).addValue("identifier", identifier)
                .addValue("name", publisher.orgName()).addValue("ref", publisher.orgRef())
                .addValue("type", publisher.orgType()).addValue("sector", publisher.sector())
                .addValue("at", publisher.changedAt() == null ? null : offset(publisher.changedAt())));
    }

    Map<String, Project> projects(String fund) {
        Map<String, Project> projects = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM funding_project WHERE fund = :fund ORDER BY code", Map.of("fund", fund),
                (row, n) -> new Project(row.getString("code"), row.getString("name"), row.getString("sector"),
                        row.getString("receiver_name"), row.getString("receiver_ref"), row.getString("receiver_type"),
                        instant(row, "changed_at")))
                .forEach(project -> projects.put(project.code(), project));
        return projects;
    }

    boolean hasProject(String code) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM funding_project WHERE code = :code",
                Map.of("code", code), Long.class);
        return count != null && count > 0;
    }

    void insert(String fund, Project project, String source) {
        jdbc.update("""
                INSERT INTO funding_project (code, fund, name, sector, receiver_name, receiver_ref, receiver_type,
                                             source, changed_at)
                VALUES (:code, :fund, :name, :sector, :receiverName, :receiverRef, :receiverType, :source, :at)
                """, new MapSqlParameterSource().addValue("code", project.code()).addValue("fund", fund)
                .addValue("name", project.name()).addValue("sector", project.sector())
                .addValue("receiverName", project.receiverName()).addValue("receiverRef", project.receiverRef())
                .addValue("receiverType", project.receiverType()).addValue("source", source)
                .addValue("at", offset(project.changedAt())));
    }

    /** When the given pledges were last written; empty if none has a recorded time. */
    Optional<Instant> pledgesChanged(Collection<UUID> pledges) {
        return latest("SELECT MAX(changed_at) FROM funding_pledge WHERE id IN (:ids)", pledges);
    }

    /** When the given postings were made (receipts and movements shown one by one). */
    Optional<Instant> posted(Collection<UUID> postings) {
        return latest("SELECT MAX(posted_at) FROM funding_posting WHERE id IN (:ids)", postings);
    }

    /**
     * When the fund's contributions up to a date were last posted: the books behind the aggregated incoming funds,
     * which add up to the public figure whoever may see the receipts one by one.
     */
    Optional<Instant> contributionsPosted(String fund, LocalDate asOf) {
        return Optional.ofNullable(jdbc.queryForObject("""
                SELECT MAX(p.posted_at) FROM funding_account a
                JOIN funding_entry e ON e.account_id = a.id AND e.value_date <= :asOf
                JOIN funding_posting p ON p.id = e.posting_id
                WHERE a.fund = :fund AND a.kind = 'CONTRIBUTION'
                """, Map.of("fund", fund, "asOf", asOf), OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private Optional<Instant> latest(String sql, Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        Instant latest = null;
        for (int from = 0; from < all.size(); from += CHUNK) {
            OffsetDateTime time = jdbc.queryForObject(sql, Map.of("ids", all.subList(from,
                    Math.min(all.size(), from + CHUNK))), OffsetDateTime.class);
            if (time != null && (latest == null || time.toInstant().isAfter(latest))) {
                latest = time.toInstant();
            }
        }
        return Optional.ofNullable(latest);
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
