package org.resolute.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.governance.domain.Timeline;
import org.resolute.governance.domain.TimelineEntry;
import org.resolute.governance.domain.TimelineKind;
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
 * The governance module started without the modules that do not serve it (advising, planning, the dashboard), the
 * ones it reads supplied as their real beans: all its dependencies, since the funding module it records horizons
 * through needs the audit trail. On an H2 database of its own with the demo data, its meetings read from its own
 * tables, and its timeline composes them with the partnership's contract.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:governance-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
class GovernanceModuleTests {

    private static final Viewer STAFF = new Viewer("staff", Set.of(Role.ADMIN), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    MeetingBook meetings;

    @Autowired
    Timeline timeline;

    @Test
    void itsMeetingsAndTimelineAreReadWithoutTheModulesItDoesNotUse() {
        Viewers.runAs(STAFF, () -> {
            assertThat(meetings.list(GovernanceFilter.ALL)).extracting(Meeting::title).contains("Lisbon Summit");
            LocalDate lisbon = LocalDate.of(2010, 11, 20);
            assertThat(timeline.entries(Set.of(TimelineKind.MEETING, TimelineKind.PARTNERSHIP), lisbon.minusDays(1),
                    lisbon)).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.MEETING, TimelineKind.PARTNERSHIP);
        });
    }
}
