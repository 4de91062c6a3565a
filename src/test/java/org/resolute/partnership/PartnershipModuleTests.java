package org.resolute.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The partnership module started on its own (with the kernel it shares and the reference module it reads nations
 * from, as real beans), on an H2 database of its own with its demo data: its contract answers the governance
 * timeline's reads from its own tables.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:partnership-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
class PartnershipModuleTests {

    private static final Viewer STAFF = new Viewer("staff", Set.of(Role.PARTNERSHIP_OFFICER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    PartnershipActivities partnership;

    @Test
    void theContractReadsThePartnershipAndItsActivitiesWithoutAnyOtherModule() {
        Viewers.runAs(STAFF, () -> {
            PartnershipRecord record = partnership.partnership().orElseThrow();
            assertThat(record.setUpOn()).isEqualTo(LocalDate.of(2010, 11, 20));
            assertThat(partnership.list(ActivityFilter.ALL)).isNotEmpty()
                    .allSatisfy(activity -> assertThat(activity.kind().track()).isNotNull());
            assertThat(partnership.list(ActivityFilter.between(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31))))
                    .isEmpty();
        });
    }
}
