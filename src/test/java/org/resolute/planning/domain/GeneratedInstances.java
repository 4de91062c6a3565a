package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.resolute.advising.EngagementMode;
import org.resolute.force.Activity;
import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;

/** Seeded random deployments of any size, shaped like the demo's: for speed checks and the benchmark. */
public final class GeneratedInstances {

    private static final String[] LOCATIONS = {"KABUL", "MAZAR", "HERAT", "KANDAHAR", "LAGHMAN", "HELMAND", "GARDEZ"};
    private static final String[] REGIONS = {"Capital", "North", "West", "South", "East", "Southwest", "Southeast"};

    private GeneratedInstances() {
    }

    public static Deployment generate(long seed, int teamCount, PlanKind kind, double ceilingShare) {
        Random random = new Random(seed);
        List<AdvisingRequirement> requirements = new ArrayList<>();
        int requirementCount = Math.max(4, teamCount * 6 / 10);
        for (int i = 0; i < requirementCount; i++) {
            int at = random.nextInt(LOCATIONS.length);
            String area = "EF" + (1 + random.nextInt(8));
            requirements.add(new AdvisingRequirement("R" + i + "/" + area, "R" + i, "Institution " + i, area, area,
                    1 + random.nextInt(5), LOCATIONS[at], REGIONS[at], EngagementMode.PERSISTENT,
                    random.nextInt(10) == 0 ? Activity.AIR_ADVISING : Activity.ADVISING, 20 + random.nextInt(60),
                    "CMD-" + at, at == 1 ? "N0" : ""));
        }
        List<AdvisorTeam> teams = new ArrayList<>();
        int troops = 0;
        for (int i = 0; i < teamCount; i++) {
            AdvisingRequirement current = requirements.get(random.nextInt(requirements.size()));
            String nation = "N" + random.nextInt(30);
            int size = 10 + random.nextInt(31);
            troops += size;
            teams.add(new AdvisorTeam("T" + i, nation, size, List.of(current.area(), "EF" + (1 + random.nextInt(8))),
                    current.location(), current.id(), current.institution()).assignedTo(current));
        }
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < LOCATIONS.length; i++) {
            stations.add(new Station(LOCATIONS[i], REGIONS[i], i == 0 ? null : troops / 4));
        }
        List<NationalCaveat> caveats = List.of(
                caveat("N1", CaveatKind.ALLOWED_REGIONS, List.of("North", "Capital"), null),
                caveat("N2", CaveatKind.ALLOWED_LOCATIONS, List.of("KABUL"), null),
                caveat("N3", CaveatKind.EXCLUDED_ACTIVITIES, List.of("AIR_ADVISING"), null),
                caveat("N0", CaveatKind.MAX_TROOPS_PER_LOCATION, List.of(), 300));
        LocalDate from = LocalDate.of(2020, 11, 1);
        return new Deployment(teams, requirements, stations, List.of(new NationalCap("N0", troops / 40, "cap")),
                caveats, new PlanSettings(kind, (int) (troops * ceilingShare), from, from.plusDays(179)));
    }

    private static NationalCaveat caveat(String nation, CaveatKind kind, List<String> values, Integer limit) {
        return new NationalCaveat(UUID.nameUUIDFromBytes(nation.getBytes()), "C-" + nation, nation, kind, values,
                limit, "generated", null, null);
    }
}
