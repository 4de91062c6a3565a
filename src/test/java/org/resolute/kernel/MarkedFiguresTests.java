package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums, counts and breakdowns obey markings exactly as lists do: for every viewer, a figure equals the same
 * figure worked out from the rows {@link MarkedRecords} lists for that viewer. Runs on a table of its own.
 */
abstract class MarkedFiguresTests {

    static final Viewer MISSION_STAFF = new Viewer("v", Set.of(Role.VIEWER), Optional.empty(),
            Classification.MISSION);
    static final Viewer GBR_DONOR = new Viewer("d", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("GBR"),
            Classification.MISSION);
    static final List<Viewer> VIEWERS = List.of(Viewer.ANONYMOUS, MISSION_STAFF, GBR_DONOR, Viewer.SYSTEM);

    @Autowired
    MarkedFigures figures;

    @Autowired
    MarkedRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void markedAmounts() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS figure_probe (id INTEGER PRIMARY KEY, grp VARCHAR(3) NOT NULL, "
                + "amount NUMERIC(19, 4) NOT NULL, classification VARCHAR(20) NOT NULL, "
                + "releasable_to VARCHAR(200) NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS figure_probe_group (code VARCHAR(3) PRIMARY KEY, "
                + "kind VARCHAR(10) NOT NULL)");
        jdbc.update("DELETE FROM figure_probe");
        jdbc.update("DELETE FROM figure_probe_group");
        jdbc.update("INSERT INTO figure_probe_group VALUES ('USD', 'BANK'), ('AUD', 'BANK'), ('GBP', 'BANK')");
        jdbc.update("INSERT INTO figure_probe VALUES (1, 'USD', 100, 'PUBLIC', ''), (2, 'USD', 20, 'MISSION', ''), "
                + "(3, 'GBP', 7, 'MISSION', 'GBR'), (4, 'AUD', 1000, 'MISSION', 'AUS'), "
                + "(5, 'AUD', 3000, 'RESTRICTED', ''), (6, 'GBP', 5, 'PUBLIC', '')");
    }

    static MarkedQuery amounts(String columns) {
        return MarkedQuery.select(columns).from("figure_probe", "f")
                .join("JOIN figure_probe_group g ON g.code = f.grp").where("g.kind = :kind", "kind", "BANK");
    }

    /** The rows the viewer may list, as (group, amount). */
    List<Map.Entry<String, BigDecimal>> listedBy(Viewer viewer) {
        return Viewers.runAs(viewer, () -> records.list(amounts("f.id, f.grp, f.amount"),
                (row, n) -> Map.entry(row.getString("grp"), row.getBigDecimal("amount"))));
    }

    @Test
    void aSumAddsUpExactlyTheRowsTheViewerCanList() {
        for (Viewer viewer : VIEWERS) {
            BigDecimal listed = listedBy(viewer).stream().map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Viewers.runAs(viewer, () -> figures.sum(amounts("f.amount")))).as(viewer.username())
                    .isEqualByComparingTo(listed);
        }
        assertThat(Viewers.runAs(GBR_DONOR, () -> figures.sum(amounts("f.amount")))).isEqualByComparingTo("112");
        assertThat(Viewers.runAs(Viewer.SYSTEM, () -> figures.sum(amounts("f.amount"))))
                .isEqualByComparingTo("4132");
    }

    @Test
    void aCountCountsTheRowsTheViewerCanList() {
        for (Viewer viewer : VIEWERS) {
            assertThat(Viewers.runAs(viewer, () -> figures.count(amounts("f.id")))).as(viewer.username())
                    .isEqualTo(listedBy(viewer).size());
        }
    }

    @Test
    void aBreakdownHasNoGroupForRowsTheViewerMayNotSee() {
        for (Viewer viewer : VIEWERS) {
            Map<String, BigDecimal> listed = new LinkedHashMap<>();
            listedBy(viewer).forEach(row -> listed.merge(row.getKey(), row.getValue(), BigDecimal::add));
            Map<String, BigDecimal> grouped = new LinkedHashMap<>();
            Viewers.runAs(viewer, () -> figures.grouped(amounts("f.grp, SUM(f.amount) AS total").groupBy("f.grp"),
                    (row, n) -> grouped.put(row.getString("grp"), row.getBigDecimal("total"))));
            assertThat(grouped.keySet()).as(viewer.username()).containsExactlyInAnyOrderElementsOf(listed.keySet());
            grouped.forEach((group, total) -> assertThat(total).isEqualByComparingTo(listed.get(group)));
        }
        Map<String, BigDecimal> donors = new LinkedHashMap<>();
        Viewers.runAs(GBR_DONOR, () -> figures.grouped(amounts("f.grp, SUM(f.amount) AS total").groupBy("f.grp"),
                (row, n) -> donors.put(row.getString("grp"), row.getBigDecimal("total"))));
        assertThat(donors).as("no AUD for GBR: both AUD rows are released elsewhere or above its clearance")
                .containsOnlyKeys("GBP", "USD");
    }

    @Test
    void theCallersConditionsNarrowAFigureButNeverWidenIt() {
        BigDecimal sum = Viewers.runAs(Viewer.ANONYMOUS,
                () -> figures.sum(amounts("f.amount").where("f.amount > 0 OR 1 = 1")));
        assertThat(sum).isEqualByComparingTo("105");
    }
}

@OnH2
class MarkedFiguresOnH2Tests extends MarkedFiguresTests {
}

@OnPostgres
class MarkedFiguresOnPostgresTests extends MarkedFiguresTests {
}
