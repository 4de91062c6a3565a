package org.resolute.advising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.advising.EngagementMode;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/** Each refusal of an engagement report names the field the advisor has to fix. */
class EngagementRulesTests {

    static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
    final EngagementRules rules = new EngagementRules(Set.of("TAAC-N"), Set.of("209-CORPS"), Set.of("EF5"),
            Set.of("CORR"), Set.of("DEU", "GBR"), TODAY);

    static EngagementInput input(String title, String command, String institution, LocalDate date, int minutes,
            String place, String nation, List<String> areas, List<String> pillars, List<String> advisors) {
        return new EngagementInput(title, command, institution, date, minutes, place, true, EngagementMode.REMOTE,
                Atmosphere.POSITIVE, "outcome", "", "", nation, areas, pillars, advisors, List.of(), Marking.MISSION);
    }

    String field(EngagementInput input) {
        try {
            rules.check(input);
            return "accepted";
        } catch (InvalidInput e) {
            return e.field();
        }
    }

    @Test
    void aCompleteReportIsAccepted() {
        assertThat(field(input("Fuel", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", List.of("EF5"),
                List.of("CORR"), List.of("A")))).isEqualTo("accepted");
    }

    @Test
    void eachMissingOrUnknownValueIsRefusedNamingItsField() {
        List<String> a = List.of("EF5");
        List<String> p = List.of("CORR");
        List<String> who = List.of("A");
        assertThat(field(input("", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", a, p, who))).isEqualTo("title");
        assertThat(field(input("t", "TAAC-X", "209-CORPS", TODAY, 60, "HQ", "DEU", a, p, who))).isEqualTo("command");
        assertThat(field(input("t", "TAAC-N", "999-CORPS", TODAY, 60, "HQ", "DEU", a, p, who)))
                .isEqualTo("institution");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", null, 60, "HQ", "DEU", a, p, who))).isEqualTo("date");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY.plusDays(1), 60, "HQ", "DEU", a, p, who)))
                .isEqualTo("date");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 0, "HQ", "DEU", a, p, who)))
                .isEqualTo("durationMinutes");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, " ", "DEU", a, p, who))).isEqualTo("place");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "XXX", a, p, who)))
                .isEqualTo("advisorNation");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", List.of(), p, who)))
                .isEqualTo("areas");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", List.of("EF9"), p, who)))
                .isEqualTo("areas");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", a, List.of("X"), who)))
                .isEqualTo("pillars");
        assertThat(field(input("t", "TAAC-N", "209-CORPS", TODAY, 60, "HQ", "DEU", a, p, List.of())))
                .isEqualTo("advisors");
    }
}
