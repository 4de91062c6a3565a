package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.force.Caveats.assignment;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.AllowedLocations;

class AllowedLocationsTests {

    final NationalCaveat kabulOnly = Caveats.listed("C-TUR-1", "TUR", CaveatKind.ALLOWED_LOCATIONS, "KABUL");
    final AllowedLocations rule = new AllowedLocations();

    @Test
    void refusesAnyOtherLocation() {
        assertThat(rule.breach(kabulOnly, assignment("TUR", "HERAT", Activity.TRAINING, 5, 10), "West"))
                .hasValue("HERAT is not among them");
        assertThat(rule.words(kabulOnly)).isEqualTo("forces may serve only at KABUL");
        assertThat(rule.field()).isEqualTo("location");
    }

    @Test
    void allowsAListedLocation() {
        assertThat(rule.breach(kabulOnly, assignment("TUR", "KABUL", Activity.TRAINING, 5, 10), "Capital"))
                .isEmpty();
    }
}
