package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The force module with only the modules it depends on (mission, reference, audit) and no demo data: a report
 * recorded through its contract is in the force as of its date, as planning and governance read it.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:force-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ForceModuleTests {

    static final Viewer PLANNER = new Viewer("planner", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    StrengthReports strength;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordedReportIsInTheForceAsOfItsDate() {
        jdbc.sql("""
                INSERT INTO mission_location (code, name, region, latitude, longitude, capacity, source, as_of,
                    provenance_status)
                VALUES ('MAZAR', 'Mazar-e Sharif', 'NORTH', 36.7, 67.1, NULL, 'module test', NULL, 'EXACT')""")
                .update();
        jdbc.sql("""
                INSERT INTO mission_command (code, name, kind, region, location, lead_nation, partner_units, sources)
                VALUES ('TAAC-N', 'Train Advise Assist Command North', 'SPOKE', 'NORTH', 'MAZAR', 'DEU', '', '')""")
                .update();
        LocalDate day = LocalDate.parse("2019-06-30");

        Viewers.runAs(PLANNER, () -> strength.record(new NewStrengthReport("DEU", "TAAC-N", "MAZAR", day, 980,
                new Provenance("module test", day, ProvenanceStatus.EXACT), Marking.PUBLIC)));

        StrengthPicture picture = Viewers.runAs(PLANNER, () -> strength.asOf(day));
        assertThat(picture.nations()).singleElement().satisfies(nation -> {
            assertThat(nation.nation()).isEqualTo("DEU");
            assertThat(nation.troops()).isEqualTo(980);
        });
    }
}
