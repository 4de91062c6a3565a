package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.advising.EngagementMode;
import org.resolute.force.Activity;
import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;

/** Small teams, requirements and caveats for the constraint and solver tests. */
final class Fixtures {

    static final LocalDate FROM = LocalDate.of(2020, 11, 1);

    private Fixtures() {
    }

    static PlanSettings settings(PlanKind kind, int ceiling) {
        return new PlanSettings(kind, ceiling, FROM, FROM.plusDays(179));
    }

    static AdvisingRequirement requirement(String institution, String area, int priority, String location,
            String region, int size) {
        return new AdvisingRequirement(institution + "/" + area, institution, institution + " headquarters", area,
                area, priority, location, region, EngagementMode.PERSISTENT, Activity.ADVISING, size,
                "CMD-" + location, "");
    }

    static AdvisingRequirement air(String area, int priority, int size) {
        return new AdvisingRequirement("AAF/" + area, "AAF", "Afghan Air Force", area, area, priority, "KABUL",
                "Capital", EngagementMode.PERSISTENT, Activity.AIR_ADVISING, size, "TAAC-AIR", "");
    }

    static AdvisingRequirement ledBy(String nation, String area, String location, int size) {
        return new AdvisingRequirement("209-CORPS/" + area, "209-CORPS", "209th Corps", area, area, 2, location,
                "North", EngagementMode.PERSISTENT, Activity.ADVISING, size, "TAAC-N", nation);
    }

    static AdvisorTeam team(String id, String nation, int size, String home, String... areas) {
        return new AdvisorTeam(id, nation, size, List.of(areas), home, null, null);
    }

    static AdvisorTeam teamAt(String id, String nation, int size, AdvisingRequirement current, String... areas) {
        return new AdvisorTeam(id, nation, size, List.of(areas), current.location(), current.id(),
                current.institution());
    }

    static NationalCaveat caveat(String code, String nation, CaveatKind kind, List<String> values, Integer limit) {
        return new NationalCaveat(UUID.randomUUID(), code, nation, kind, values, limit, code, null, null);
    }
}
