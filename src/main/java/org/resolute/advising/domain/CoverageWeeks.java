package org.resolute.advising.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The heatmap's weekly summary (table {@code advising_coverage_week}): approved engagements per ISO week,
 * institution, functional area, provenance and marking, changed with every write of area rows in the same
 * transaction. Writers of one institution's rows take a lock on that institution's row first, so two approvals
 * in the same week and cell never both insert its summary row.
 */
@Repository
class CoverageWeeks {

    private final NamedParameterJdbcTemplate jdbc;

    CoverageWeeks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One area row of an engagement, as the summary counts it. */
    record AreaRow(String institution, String area, LocalDate date, String status, String provenanceStatus,
            String classification, String releasableTo) {
    }

    /** The Monday of a date's ISO week. */
    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** An engagement's area rows as stored now, to be passed to {@link #change} before they are rewritten. */
    List<AreaRow> stored(UUID engagement) {
        return jdbc.query("""
                SELECT institution_code, area_code, engagement_date, status, provenance_status, classification,
                    releasable_to
                FROM advising_engagement_area WHERE engagement_id = :id""", new MapSqlParameterSource("id", engagement),
                (row, i) -> new AreaRow(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
    }

    /** Takes area rows that were removed and added into account; only approved engagements are counted. */
    void change(List<AreaRow> removed, List<AreaRow> added) {
        Map<Key, Integer> deltas = new TreeMap<>(Comparator.comparing(Key::toString));
        removed.stream().filter(CoverageWeeks::approved).forEach(row -> deltas.merge(Key.of(row), -1, Integer::sum));
        added.stream().filter(CoverageWeeks::approved).forEach(row -> deltas.merge(Key.of(row), 1, Integer::sum));
        deltas.values().removeIf(delta -> delta == 0);
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.query("SELECT code FROM advising_institution WHERE code IN (:codes) ORDER BY code FOR UPDATE",
                new MapSqlParameterSource("codes", deltas.keySet().stream().map(Key::institution).distinct().toList()),
                row -> { });
        List<Map.Entry<Key, Integer>> entries = List.copyOf(deltas.entrySet());
        int[] updated = jdbc.batchUpdate("""
                UPDATE advising_coverage_week SET engagements = engagements + :delta
                WHERE week_start = :week AND institution_code = :institution AND area_code = :area
                AND provenance_status = :provenanceStatus AND classification = :classification
                AND releasable_to = :releasableTo""", entries.stream().map(CoverageWeeks::parameters)
                .toArray(SqlParameterSource[]::new));
        SqlParameterSource[] missing = new SqlParameterSource[entries.size()];
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (updated[i] == 0) {
                missing[count++] = parameters(entries.get(i));
            }
        }
        if (count > 0) {
            jdbc.batchUpdate("""
                    INSERT INTO advising_coverage_week (week_start, institution_code, area_code, provenance_status,
                        classification, releasable_to, engagements)
                    VALUES (:week, :institution, :area, :provenanceStatus, :classification, :releasableTo, :delta)""",
                    Arrays.copyOf(missing, count));
        }
    }

    private static boolean approved(AreaRow row) {
        return EngagementStatus.APPROVED.name().equals(row.status());
    }

    private static SqlParameterSource parameters(Map.Entry<Key, Integer> entry) {
        Key key = entry.getKey();
        return new MapSqlParameterSource("week", key.week()).addValue("institution", key.institution())
                .addValue("area", key.area()).addValue("provenanceStatus", key.provenanceStatus())
                .addValue("classification", key.classification()).addValue("releasableTo", key.releasableTo())
                .addValue("delta", entry.getValue());
    }

    private record Key(LocalDate week, String institution, String area, String provenanceStatus,
            String classification, String releasableTo) {

        static Key of(AreaRow row) {
            return new Key(weekOf(row.date()), row.institution(), row.area(), row.provenanceStatus(),
                    row.classification(), row.releasableTo());
        }
    }
}
