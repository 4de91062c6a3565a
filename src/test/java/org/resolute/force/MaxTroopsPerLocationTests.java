package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.force.Caveats.assignment;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.LimitRule;

class MaxTroopsPerLocationTests {

    final NationalCaveat cap = Caveats.limited("C-DEU-2", "DEU", CaveatKind.MAX_TROOPS_PER_LOCATION, 1300);
    final CaveatRule rule = LimitRule.maxTroopsPerLocation();

    @Test
    void refusesMoreTroopsThanTheLimitOnTheQuantityField() {
        assertThat(rule.breach(cap, assignment("DEU", "MAZAR", Activity.ADVISING, 1301, 10), "North"))
                .hasValue("this would put 1301 at MAZAR");
        assertThat(rule.field()).isEqualTo("quantity");
        assertThat(CaveatRules.sentence(cap, "Germany"))
                .isEqualTo("Germany: at most 1300 troops at any one location (caveat C-DEU-2)");
    }

    @Test
    void allowsExactlyTheLimit() {
        assertThat(rule.breach(cap, assignment("DEU", "MAZAR", Activity.ADVISING, 1300, 10), "North")).isEmpty();
    }
}
