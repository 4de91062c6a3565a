package org.resolute.force;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/** Caveats and assignments for the rule tests. */
final class Caveats {

    static final LocalDate START = LocalDate.of(2020, 1, 1);

    private Caveats() {
    }

    static NationalCaveat listed(String code, String nation, CaveatKind kind, String... values) {
        return new NationalCaveat(UUID.randomUUID(), code, nation, kind, List.of(values), null, "as worded",
                Provenance.illustrative("test", START), Marking.MISSION);
    }

    static NationalCaveat limited(String code, String nation, CaveatKind kind, int limit) {
        return new NationalCaveat(UUID.randomUUID(), code, nation, kind, List.of(), limit, "as worded",
                Provenance.illustrative("test", START), Marking.MISSION);
    }

    static Assignment assignment(String nation, String location, Activity activity, int troops, int days) {
        return new Assignment(nation, location, activity, troops, START, START.plusDays(days - 1));
    }

    static String germany(String code) {
        return code.equals("DEU") ? "Germany" : code;
    }
}
