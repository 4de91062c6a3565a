package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared filter, in SQL on both databases: what a viewer may not see is absent from pages, counts and
 * full lists alike. Runs on a table of its own with one row per kind of marking.
 */
abstract class MarkedRecordsTests {

    @Autowired
    MarkedRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void markedRows() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS marking_probe (id INTEGER PRIMARY KEY, label VARCHAR(40), "
                + "classification VARCHAR(20) NOT NULL, releasable_to VARCHAR(200) NOT NULL)");
        jdbc.update("DELETE FROM marking_probe");
        jdbc.update("INSERT INTO marking_probe VALUES (1, 'public', 'PUBLIC', ''), (2, 'mission', 'MISSION', ''), "
                + "(3, 'restricted', 'RESTRICTED', ''), (4, 'mission rel GBR', 'MISSION', 'GBR'), "
                + "(5, 'restricted rel DEU,GBR', 'RESTRICTED', 'DEU,GBR'), (6, 'mission rel DEU', 'MISSION', 'DEU')");
    }

    List<String> visibleTo(Viewer viewer) {
        return Viewers.runAs(viewer, () -> records.list(probe(), (row, n) -> row.getString("label")));
    }

    static MarkedQuery probe() {
        return MarkedQuery.select("p.label").from("marking_probe", "p").sortable("label", "p.label");
    }

    @Test
    void theAnonymousPublicGetsPublicRowsOnly() {
        assertThat(visibleTo(Viewer.ANONYMOUS)).containsExactly("public");
    }

    @Test
    void missionStaffGetEverythingUpToMissionWhateverTheReleasability() {
        Viewer viewer = new Viewer("v", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
        assertThat(visibleTo(viewer)).containsExactly("public", "mission", "mission rel GBR", "mission rel DEU");
    }

    @Test
    void aNationsStaffGetPublicRowsAndRowsReleasedToTheirNation() {
        Viewer donor = new Viewer("d", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("GBR"),
                Classification.RESTRICTED);
        assertThat(visibleTo(donor)).containsExactly("public", "mission rel GBR", "restricted rel DEU,GBR");
    }

    @Test
    void countsAndPagesAgreeWithTheList() {
        Viewer viewer = new Viewer("v", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
        Viewers.runAs(viewer, () -> {
            assertThat(records.count(probe())).isEqualTo(4);
            PageResult<String> page = records.page(probe(), new PageQuery(1, 3, "label,desc"),
                    (row, n) -> row.getString("label"));
            assertThat(page.totalItems()).isEqualTo(4);
            assertThat(page.items()).containsExactly("mission");
        });
    }

    @Test
    void aListLongerThanTheCountLimitIsCountedAsAtLeastTheLimitAndStillPagesOn() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS marking_probe_long (id INTEGER PRIMARY KEY, "
                + "classification VARCHAR(20) NOT NULL, releasable_to VARCHAR(200) NOT NULL)");
        jdbc.update("DELETE FROM marking_probe_long");
        int rows = (int) MarkedRecords.COUNT_LIMIT + 500;
        jdbc.batchUpdate("INSERT INTO marking_probe_long VALUES (?, ?, '')",
                java.util.stream.IntStream.range(0, rows).mapToObj(id -> new Object[] {id,
                        id % 2 == 0 ? "PUBLIC" : "RESTRICTED"}).toList());
        MarkedQuery all = MarkedQuery.select("l.id").from("marking_probe_long", "l");
        PageResult<Integer> first = Viewers.runAs(Viewer.SYSTEM,
                () -> records.page(all, new PageQuery(0, 20, ""), (row, n) -> row.getInt(1)));
        assertThat(first.totalExact()).isFalse();
        assertThat(first.totalItems()).isEqualTo(MarkedRecords.COUNT_LIMIT + 1);
        assertThat(first.hasNext()).isTrue();
        int limit = (int) MarkedRecords.COUNT_LIMIT;
        PageResult<Integer> far = Viewers.runAs(Viewer.SYSTEM,
                () -> records.page(all, new PageQuery((limit + 100) / 20, 20, ""), (row, n) -> row.getInt(1)));
        assertThat(far.items()).hasSize(20).startsWith(limit + 100);
        assertThat(far.hasNext()).as("a page past the limit is followed by more").isTrue();
        PageResult<Integer> last = Viewers.runAs(Viewer.SYSTEM,
                () -> records.page(all, new PageQuery((rows - 20) / 40, 40, ""), (row, n) -> row.getInt(1)));
        assertThat(last.items()).hasSize(20).endsWith(rows - 1);
        assertThat(last.totalExact()).isTrue();
        assertThat(last.totalItems()).isEqualTo(rows);
        assertThat(last.hasNext()).isFalse();
        PageResult<Integer> publicOnly = Viewers.runAs(Viewer.ANONYMOUS,
                () -> records.page(all, new PageQuery((rows / 2 - 10) / 20, 20, ""), (row, n) -> row.getInt(1)));
        assertThat(publicOnly.items()).as("the limit counts visible rows only").hasSize(10)
                .allMatch(id -> id % 2 == 0).endsWith(rows - 2);
        assertThat(publicOnly.totalExact()).isTrue();
        assertThat(publicOnly.totalItems()).isEqualTo(rows / 2);
    }

    @Test
    void theCallersOwnConditionsNarrowButNeverWiden() {
        Viewer viewer = new Viewer("v", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
        List<String> found = Viewers.runAs(viewer, () -> records.list(
                probe().where("p.label LIKE :text OR 1 = 1", "text", "%restricted%"),
                (row, n) -> row.getString("label")));
        assertThat(found).doesNotContain("restricted", "restricted rel DEU,GBR");
    }

    @Test
    void anUnknownSortFieldIsRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Viewers.runAs(Viewer.SYSTEM,
                        () -> records.page(probe(), new PageQuery(0, 5, "secret"), (row, n) -> "")))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("sort");
    }
}

@OnH2
class MarkedRecordsOnH2Tests extends MarkedRecordsTests {
}

@OnPostgres
class MarkedRecordsOnPostgresTests extends MarkedRecordsTests {
}
