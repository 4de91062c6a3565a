package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.force.Caveats.assignment;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.ExcludedActivities;

class ExcludedActivitiesTests {

    final NationalCaveat noSof = Caveats.listed("C-GEO-1", "GEO", CaveatKind.EXCLUDED_ACTIVITIES,
            "SPECIAL_OPERATIONS_ADVISING", "AIR_ADVISING");
    final ExcludedActivities rule = new ExcludedActivities();

    @Test
    void refusesAnExcludedActivityOnTheActivityField() {
        assertThat(rule.breach(noSof, assignment("GEO", "KABUL", Activity.AIR_ADVISING, 5, 10), "Capital"))
                .hasValue("this is air advising");
        assertThat(rule.field()).isEqualTo("activity");
        assertThat(rule.words(noSof)).isEqualTo("forces may not take part in special operations advising, air advising");
    }

    @Test
    void allowsEveryOtherActivity() {
        assertThat(rule.breach(noSof, assignment("GEO", "MAZAR", Activity.FORCE_PROTECTION, 40, 10), "North"))
                .isEmpty();
    }
}
