package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.support.StaticMessageSource;

/**
 * A home section is built only for a viewer of its audience, the mission's staff unless the module says otherwise;
 * a module with tasks alone has no section.
 */
class HomeSectionSourceTests {

    final Formats words = new Formats(Locale.ENGLISH, new StaticMessageSource());
    final Viewer staff = viewer(Role.VIEWER, Optional.empty());
    final Viewer donor = viewer(Role.DONOR_REPRESENTATIVE, Optional.of("GBR"));
    final Viewer auditor = viewer(Role.AUDITOR, Optional.empty());

    @Test
    void aSectionIsForTheMissionsStaffUnlessItSaysOtherwise() {
        HomeSection.Source staffSection = new HomeSection.Source() {

            @Override
            public Optional<HomeSection> sectionFor(Viewer viewer, Formats reader) {
                return Optional.of(section());
            }
        };

        assertThat(staffSection.sectionShownTo(staff, words)).isPresent();
        assertThat(staffSection.sectionShownTo(donor, words)).isEmpty();
        assertThat(staffSection.sectionShownTo(Viewer.ANONYMOUS, words)).isEmpty();
    }

    @Test
    void aSectionIsNeverBuiltForAViewerOutsideItsAudience() {
        AtomicInteger built = new AtomicInteger();
        HomeSection.Source auditors = HomeSection.Source.of(viewer -> viewer.has(Role.AUDITOR), reader -> {
            built.incrementAndGet();
            return section();
        });

        assertThat(auditors.sectionShownTo(staff, words)).isEmpty();
        assertThat(built).hasValue(0);
        assertThat(auditors.sectionShownTo(auditor, words)).isPresent();
        assertThat(built).hasValue(1);
    }

    @Test
    void aModuleWithTasksAloneShowsNoSection() {
        HomeSection.Source tasks = new HomeSection.Source() {

            @Override
            public List<HomeSection.Task> tasksFor(Viewer viewer, Formats reader) {
                return List.of(new HomeSection.Task("overdue", "1", "/partnership/reports"));
            }
        };

        assertThat(tasks.sectionShownTo(staff, words)).isEmpty();
        assertThat(tasks.tasksFor(staff, words)).hasSize(1);
    }

    private static HomeSection section() {
        return HomeSection.of("test", 1, "Test", "/test", "All", List.of(), "");
    }

    private static Viewer viewer(Role role, Optional<String> nation) {
        return new Viewer(role.name().toLowerCase(Locale.ROOT), Set.of(role), nation, Classification.MISSION);
    }
}
