package org.resolute.advising;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.EngagementInput;
import org.resolute.kernel.Marking;

/** Engagement reports for tests, each with a title of its own so that tests sharing a database never collide. */
final class EngagementMother {

    private EngagementMother() {
    }

    /** The title and a number of seven digits (not eight hex digits, which a reader would take for a cut id). */
    static String uniqueTitle(String what) {
        return what + " no. " + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    static EngagementInput held(String title, LocalDate date) {
        return new EngagementInput(title, "TAAC-N", "209-CORPS", date, 90, "209th Corps headquarters", true,
                EngagementMode.PERSISTENT, Atmosphere.POSITIVE, "agreed the fuel accountability plan", "review in May",
                "", "DEU", List.of("EF5"), List.of("CORR"), List.of("Advisor DEU-EF5-1"),
                List.of("Chief of staff, 209th Corps"), Marking.MISSION);
    }

    /** The JSON an advisor posts for a held report. */
    static String json(String title, LocalDate date, String institution, String area, String classification,
            String counterpart) {
        return """
                {"title": "%s", "command": "TAAC-N", "institution": "%s", "date": "%s", "durationMinutes": 90,
                 "place": "209th Corps headquarters", "held": true, "mode": "PERSISTENT", "atmosphere": "POSITIVE",
                 "keyOutcomes": "agreed the fuel accountability plan", "nextSteps": "review in May",
                 "details": "details of %s", "advisorNation": "DEU", "areas": ["%s"], "pillars": ["CORR"],
                 "advisors": ["Advisor DEU-EF5-1"], "counterparts": ["%s"], "classification": "%s"}"""
                .formatted(title, institution, date, title, area, counterpart, classification);
    }
}
