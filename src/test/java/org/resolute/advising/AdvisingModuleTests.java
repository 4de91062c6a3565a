package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Advising with only the modules it reads (mission for commands and locations, reference for nations) and their demo
 * data: its contract answers other modules with a structure that holds together and a coverage cell for every
 * institution in every functional area.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:advising-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AdvisingModuleTests {

    static final Viewer PLANNER = new Viewer("module-planner", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    AdvisingStructure structure;

    @Autowired
    Coverage coverage;

    @Test
    void theContractGivesAStructureThatHoldsTogetherAndACoverageCellPerInstitutionAndArea() {
        List<HostInstitution> institutions = structure.institutions();
        List<FunctionalArea> areas = structure.areas();
        assertThat(institutions).isNotEmpty();
        assertThat(areas).isNotEmpty();
        assertThat(structure.positions()).isNotEmpty().allSatisfy(position -> {
            assertThat(institutions).extracting(HostInstitution::code).contains(position.institution());
            assertThat(areas).extracting(FunctionalArea::code).contains(position.area());
        });

        List<CoverageCell> cells = Viewers.runAs(PLANNER, () -> coverage.coverage(LocalDate.of(2020, 6, 30), 90));
        assertThat(cells).hasSize(institutions.size() * areas.size());
        assertThat(cells).anySatisfy(cell -> assertThat(cell.recentEngagements()).isPositive());
    }
}
