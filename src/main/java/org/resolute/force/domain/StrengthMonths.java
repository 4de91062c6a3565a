package org.resolute.force.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.force.StrengthReport;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.BulkRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Each place's latest report in each month, per marking (table {@code force_strength_month}): kept up to date with
 * every write of reports, read through the marking filter for the charts' monthly timeline.
 */
@Repository
class StrengthMonths {

    private static final List<String> COLUMNS = List.of("nation", "command_code", "location_code", "classification",
            "releasable_to", "year_month", "id", "report_date", "troops", "source", "as_of",
            "provenance_status", "created_at");

    private final MarkedRecords marked;
    private final NamedParameterJdbcTemplate jdbc;
    private final BulkRows bulk;

    StrengthMonths(MarkedRecords marked, NamedParameterJdbcTemplate jdbc, BulkRows bulk) {
        this.marked = marked;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** The visible month-latest reports, as reports. */
    List<StrengthReport> visible() {
        return marked.list(MarkedQuery.select("m.*").from("force_strength_month", "m")
                .orderByDefault("m.year_month"), StrengthMonths::report);
    }

    /** Takes newly stored reports into account: each becomes its month's latest unless a later one is kept. */
    void add(List<StrengthReport> reports) {
        Map<Key, StrengthReport> latest = reports.stream().collect(Collectors.toMap(Key::of, Function.identity(),
                (a, b) -> a.reportDate().isAfter(b.reportDate()) ? a : b));
        Set<Integer> months = latest.keySet().stream().map(Key::yearMonth).collect(Collectors.toSet());
        Map<Key, LocalDate> kept = new HashMap<>();
        jdbc.query("""
                SELECT nation, command_code, location_code, classification, releasable_to, year_month, report_date
                FROM force_strength_month WHERE year_month IN (:months)
                """, Map.of("months", months), row -> {
                    kept.put(new Key(row.getString(1).trim(), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getInt(6)), row.getObject(7, LocalDate.class));
                });
        bulk.insert("force_strength_month", COLUMNS, latest.entrySet().stream()
                .filter(entry -> !kept.containsKey(entry.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::toString)))
                .map(entry -> row(entry.getKey(), entry.getValue())).toList());
        jdbc.batchUpdate("""
                UPDATE force_strength_month SET id = :id, report_date = :reportDate, troops = :troops,
                    source = :source, as_of = :asOf, provenance_status = :status, created_at = :createdAt
                WHERE nation = :nation AND command_code = :command AND location_code = :location
                AND classification = :classification AND releasable_to = :releasableTo AND year_month = :yearMonth
                AND report_date < :reportDate
                """, latest.entrySet().stream()
                .filter(entry -> kept.containsKey(entry.getKey())
                        && kept.get(entry.getKey()).isBefore(entry.getValue().reportDate()))
                .map(entry -> parameters(entry.getKey(), entry.getValue())).toArray(SqlParameterSource[]::new));
    }

    private static Object[] row(Key key, StrengthReport report) {
        return new Object[] {key.nation(), key.command(), key.location(), key.classification(), key.releasableTo(),
            key.yearMonth(), report.id(), report.reportDate(), report.troops(), report.provenance().source(),
            report.provenance().asOf(), report.provenance().status().name(), report.createdAt()};
    }

    private static SqlParameterSource parameters(Key key, StrengthReport report) {
        return new MapSqlParameterSource().addValue("nation", key.nation()).addValue("command", key.command())
                .addValue("location", key.location()).addValue("classification", key.classification())
                .addValue("releasableTo", key.releasableTo()).addValue("yearMonth", key.yearMonth())
                .addValue("id", report.id()).addValue("reportDate", report.reportDate())
                .addValue("troops", report.troops()).addValue("source", report.provenance().source())
                .addValue("asOf", report.provenance().asOf())
                .addValue("status", report.provenance().status().name())
                .addValue("createdAt", report.createdAt().atOffset(ZoneOffset.UTC));
    }

    private static StrengthReport report(ResultSet row, int index) throws SQLException {
        return new StrengthReport(row.getObject("id", UUID.class), row.getString("nation").trim(),
                row.getString("command_code"), row.getString("location_code"),
                row.getObject("report_date", LocalDate.class), row.getInt("troops"),
                Provenance.read(row), Marking.read(row),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), 0);
    }

    private record Key(String nation, String command, String location, String classification, String releasableTo,
            int yearMonth) {

        static Key of(StrengthReport report) {
            return new Key(report.nation(), report.command(), report.location(),
                    report.marking().classification().name(), report.marking().releasabilityText(),
                    report.reportDate().getYear() * 100 + report.reportDate().getMonthValue());
        }
    }
}
