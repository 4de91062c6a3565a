package org.resolute.force.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.force.StrengthReport;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.BulkRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The strength reports table: written here, read only through the marking filter of {@link MarkedRecords}. */
@Repository
class StrengthTable {

    private static final List<String> COLUMNS = List.of("id", "nation", "command_code", "location_code",
            "report_date", "troops", "source", "as_of", "provenance_status", "classification", "releasable_to",
            "created_at", "version", "import_id");

    private static final String NEW_PLACE = """
            INSERT INTO force_strength_place (nation, command_code, location_code, classification, releasable_to)
            SELECT :nation, :command, :location, :classification, :releasableTo WHERE NOT EXISTS (
                SELECT 1 FROM force_strength_place WHERE nation = :nation AND command_code = :command
                AND location_code = :location AND classification = :classification
                AND releasable_to = :releasableTo)
            """;

    private final MarkedRecords marked;
    private final NamedParameterJdbcTemplate jdbc;
    private final BulkRows bulk;
    private final StrengthMonths months;

    StrengthTable(MarkedRecords marked, NamedParameterJdbcTemplate jdbc, BulkRows bulk, StrengthMonths months) {
        this.marked = marked;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.months = months;
    }

    /** A page of the visible reports, newest first unless another order is asked for. */
    PageResult<StrengthReport> page(StrengthQuery query, PageQuery page) {
        return marked.page(filtered(query).orderByDefault(
                "r.report_date DESC, r.nation, r.command_code, r.location_code"), page, StrengthTable::report);
    }

    List<StrengthReport> list(StrengthQuery query) {
        return marked.list(filtered(query), StrengthTable::report);
    }

    /**
     * The visible candidates for the as-of rule on a date: for each place and marking, its latest report on or
     * before the date. A later report of the same place and the same marking is visible exactly when this one
     * is, so taking the latest per marking never hides a report the viewer may see behind one they may not. The
     * read starts from the few hundred places and finds each one's latest date through the index, so it does not
     * grow with the years of history.
     */
    List<StrengthReport> latestOnOrBefore(LocalDate date) {
        return marked.list(select().where("""
                (r.nation, r.command_code, r.location_code, r.classification, r.releasable_to, r.report_date) IN (
                    SELECT p.nation, p.command_code, p.location_code, p.classification, p.releasable_to,
                        (SELECT MAX(n.report_date) FROM force_strength_report n
                         WHERE n.nation = p.nation AND n.command_code = p.command_code
                         AND n.location_code = p.location_code AND n.classification = p.classification
                         AND n.releasable_to = p.releasable_to AND n.report_date <= :date)
                    FROM force_strength_place p)""", "date", date), StrengthTable::report);
    }

    List<StrengthReport> on(LocalDate date) {
        return marked.list(select().where("r.report_date = :date", "date", date), StrengthTable::report);
    }

    /** The visible reports dated from {@code from} to {@code to}, both included. */
    List<StrengthReport> between(LocalDate from, LocalDate to) {
        return marked.list(select().where("r.report_date BETWEEN :from AND :to", "from", from, "to", to),
                StrengthTable::report);
    }

    /** Each place's latest visible report in each month, per marking: for the monthly timeline. */
    List<StrengthReport> monthLatest() {
        return months.visible();
    }

    /** The reports an import stored, as far as the viewer may see them. */
    List<StrengthReport> ofImport(UUID importId) {
        return marked.list(select().where("r.import_id = :importId", "importId", importId), StrengthTable::report);
    }

    /**
     * Waits for, and holds until the end of the transaction, the one lock of strength writes: a writer checks
     * what is stored and then adds reports, places and months, which two writers at once could both find missing.
     */
    void lockForWriting() {
        jdbc.queryForList("SELECT id FROM force_strength_write_lock WHERE id = 1 FOR UPDATE", Map.of(),
                Integer.class);
    }

    long dataVersion() {
        Long version = jdbc.queryForObject("SELECT data_version FROM force_strength_write_lock WHERE id = 1",
                Map.of(), Long.class);
        return version == null ? 0 : version;
    }

    /**
     * Stores the reports in one go, and the places among them that the places table lacks, and raises the data
     * version (under the write lock the writer holds).
     *
     * @param importId the import that stores them; null for reports recorded one by one
     */
    void insert(List<StrengthReport> reports, UUID importId) {
        bulk.insert("force_strength_report", COLUMNS, reports.stream().map(report -> row(report, importId))
                .toList());
        jdbc.update("UPDATE force_strength_write_lock SET data_version = data_version + 1 WHERE id = 1", Map.of());
        months.add(reports);
        Set<List<String>> known = new HashSet<>(jdbc.query("""
                SELECT nation, command_code, location_code, classification, releasable_to FROM force_strength_place
                """, (row, index) -> List.of(row.getString(1).trim(), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5))));
        jdbc.batchUpdate(NEW_PLACE, reports.stream()
                .filter(report -> !known.contains(place(report)))
                .collect(Collectors.toMap(StrengthTable::place, report -> report, (a, b) -> a))
                .values().stream().map(StrengthTable::parameters).toArray(SqlParameterSource[]::new));
    }

    private static MarkedQuery select() {
        return MarkedQuery.select("r.*").from("force_strength_report", "r")
                .orderByDefault("r.report_date, r.nation, r.command_code, r.location_code")
                .sortable("nation", "r.nation").sortable("command", "r.command_code")
                .sortable("location", "r.location_code").sortable("reportDate", "r.report_date")
                .sortable("troops", "r.troops");
    }

    private static MarkedQuery filtered(StrengthQuery query) {
        return select().whereIfPresent(query.nation(), "r.nation = :nation", "nation")
                .whereIfPresent(query.command(), "r.command_code = :command", "command")
                .whereIfPresent(query.location(), "r.location_code = :location", "location")
                .whereIfPresent(query.from(), "r.report_date >= :from", "from")
                .whereIfPresent(query.to(), "r.report_date <= :to", "to");
    }

    private static List<String> place(StrengthReport report) {
        return List.of(report.nation(), report.command(), report.location(),
                report.marking().classification().name(), report.marking().releasabilityText());
    }

    private static Object[] row(StrengthReport report, UUID importId) {
        return new Object[] {report.id(), report.nation(), report.command(), report.location(), report.reportDate(),
            report.troops(), report.provenance().source(), report.provenance().asOf(),
            report.provenance().status().name(), report.marking().classification().name(),
            report.marking().releasabilityText(), report.createdAt(), report.version(), importId};
    }

    private static SqlParameterSource parameters(StrengthReport report) {
        return new MapSqlParameterSource(Map.of("id", report.id(), "nation", report.nation(), "command",
                report.command(), "location", report.location(), "reportDate", report.reportDate(), "troops",
                report.troops(), "source", report.provenance().source(), "status",
                report.provenance().status().name(), "classification", report.marking().classification().name(),
                "releasableTo", report.marking().releasabilityText()))
                .addValue("asOf", report.provenance().asOf())
                .addValue("createdAt", Timestamp.from(report.createdAt()))
                .addValue("version", report.version());
    }

    private static StrengthReport report(ResultSet row, int index) throws SQLException {
        return new StrengthReport(row.getObject("id", UUID.class), row.getString("nation").trim(),
                row.getString("command_code"), row.getString("location_code"),
                row.getObject("report_date", LocalDate.class), row.getInt("troops"),
                Provenance.read(row), Marking.read(row),
                row.getTimestamp("created_at").toInstant(), row.getLong("version"));
    }
}
