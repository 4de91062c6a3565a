package org.resolute.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.ProvenanceStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The mission module with only the reference data it depends on: it records a troop ceiling and answers which one
 * is in force on a day, as governance, force and planning ask it.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mission-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class MissionModuleTests {

    @Autowired
    TroopCeilings ceilings;

    @Test
    void aRecordedCeilingIsTheOneInForceFromItsFirstDayUntilItsLast() {
        LocalDate from = LocalDate.parse("2031-03-01");
        ceilings.record(new NewCeiling(CeilingKind.MISSION, null, 9600, from, LocalDate.parse("2031-12-31"),
                "module test", null, "S63", from, ProvenanceStatus.EXACT));

        assertThat(ceilings.missionCeilingOn(from.plusDays(10))).get().extracting(TroopCeiling::troops)
                .isEqualTo(9600);
        assertThat(ceilings.missionCeilingOn(LocalDate.parse("2032-01-01"))).isEmpty();
        assertThat(ceilings.missionCeilingOn(from.minusDays(1))).isEmpty();
    }
}
