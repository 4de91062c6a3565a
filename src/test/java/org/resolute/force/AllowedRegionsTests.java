package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.force.Caveats.assignment;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.AllowedRegions;

class AllowedRegionsTests {

    final NationalCaveat northAndCapital = Caveats.listed("C-DEU-1", "DEU", CaveatKind.ALLOWED_REGIONS, "North",
            "Capital");

    @Test
    void refusesALocationOutsideTheAllowedRegionsNamingTheRuleAndTheRegion() {
        var violations = CaveatRules.check(java.util.List.of(northAndCapital),
                assignment("DEU", "KANDAHAR", Activity.ADVISING, 10, 30), "South", Caveats::germany);
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("location");
            assertThat(violation.code()).isEqualTo("C-DEU-1");
            assertThat(violation.message()).isEqualTo("Germany: forces may serve only in regions North, Capital "
                    + "(caveat C-DEU-1): KANDAHAR is in region South");
        });
    }

    @Test
    void allowsALocationInAnAllowedRegionWhateverTheCase() {
        assertThat(new AllowedRegions().breach(northAndCapital,
                assignment("DEU", "MAZAR", Activity.ADVISING, 10, 30), "north")).isEmpty();
    }

    @Test
    void bindsOnlyTheNationThatStatedIt() {
        assertThat(CaveatRules.check(java.util.List.of(northAndCapital),
                assignment("ITA", "KANDAHAR", Activity.ADVISING, 10, 30), "South", Caveats::germany)).isEmpty();
    }
}
