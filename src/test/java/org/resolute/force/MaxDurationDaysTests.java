package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.force.Caveats.assignment;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.LimitRule;

class MaxDurationDaysTests {

    final NationalCaveat sixMonths = Caveats.limited("C-ROU-1", "ROU", CaveatKind.MAX_DURATION_DAYS, 183);
    final CaveatRule rule = LimitRule.maxDurationDays();

    @Test
    void refusesALongerDeploymentCountingBothEnds() {
        assertThat(rule.breach(sixMonths, assignment("ROU", "KANDAHAR", Activity.FORCE_PROTECTION, 100, 184),
                "South")).hasValue("this one lasts 184 days");
        assertThat(rule.field()).isEqualTo("until");
    }

    @Test
    void allowsADeploymentOfTheLimit() {
        assertThat(rule.breach(sixMonths, assignment("ROU", "KANDAHAR", Activity.FORCE_PROTECTION, 100, 183),
                "South")).isEmpty();
    }
}
