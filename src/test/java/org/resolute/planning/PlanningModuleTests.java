package org.resolute.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.planning.domain.NewPlan;
import org.resolute.planning.domain.PlanKind;
import org.resolute.planning.domain.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The planner with the modules it reads (force, advising, mission, reference, and the audit trail force writes to)
 * and no data in them: it reads the mission's ceiling and the force's strength through their contracts, refuses a plan
 * with nothing to plan from, naming the field, and stores nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:planning-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PlanningModuleTests {

    static final Viewer PLANNER = new Viewer("module-planner", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    Plans plans;

    @Test
    void refusesAPlanWithNoCeilingOrStrengthToPlanFromNamingTheFieldAndStoresNothing() {
        Viewers.runAs(PLANNER, () -> {
            assertThatThrownBy(() -> plans.start(new NewPlan(null, 1000, 1, null)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("kind"));
            assertThatThrownBy(() -> plans.start(new NewPlan(PlanKind.ALLOCATION, null, 1, null)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("troopCeiling"));
            assertThatThrownBy(() -> plans.start(new NewPlan(PlanKind.ALLOCATION, 1000, 1, LocalDate.of(2020, 1, 1))))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("asOf"));
            assertThat(plans.search(PageQuery.first(10)).items()).isEmpty();
        });
    }
}
