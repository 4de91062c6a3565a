package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The covering marking: whoever may see a record made of many may see each of them. */
class MarkingTests {

    static final Marking MISSION_GBR = Marking.of(Classification.MISSION, Set.of("GBR"));
    static final Marking RESTRICTED_DEU_GBR = Marking.of(Classification.RESTRICTED, Set.of("DEU", "GBR"));

    @Test
    void takesTheHighestClassificationAndTheNationsEveryNonPublicOneIsReleasedTo() {
        assertThat(Marking.covering(List.of(Marking.PUBLIC, MISSION_GBR, RESTRICTED_DEU_GBR), Classification.PUBLIC))
                .isEqualTo(Marking.of(Classification.RESTRICTED, Set.of("GBR")));
    }

    @Test
    void aNonPublicOneReleasedToNoNationReleasesTheWholeToNoNation() {
        assertThat(Marking.covering(List.of(MISSION_GBR, Marking.MISSION), Classification.PUBLIC))
                .isEqualTo(Marking.MISSION);
        assertThat(Marking.covering(List.of(Marking.RESTRICTED, RESTRICTED_DEU_GBR), Classification.PUBLIC))
                .isEqualTo(Marking.RESTRICTED);
    }

    @Test
    void publicOnesAddNoLimitAndTheFloorHolds() {
        assertThat(Marking.covering(List.of(Marking.PUBLIC, Marking.PUBLIC), Classification.PUBLIC))
                .isEqualTo(Marking.PUBLIC);
        assertThat(Marking.covering(List.of(Marking.PUBLIC), Classification.MISSION)).isEqualTo(Marking.MISSION);
        assertThat(Marking.covering(List.of(), Classification.MISSION)).isEqualTo(Marking.MISSION);
        assertThat(Marking.covering(List.of(Marking.PUBLIC, MISSION_GBR), Classification.MISSION))
                .isEqualTo(MISSION_GBR);
    }

    @Test
    void anyoneWhoMaySeeTheCoveringMarkingMaySeeEachPart() {
        List<Marking> parts = List.of(Marking.PUBLIC, MISSION_GBR, RESTRICTED_DEU_GBR, Marking.MISSION,
                Marking.of(Classification.MISSION, Set.of("DEU")));
        java.util.Random random = new java.util.Random(20261127);
        for (int round = 0; round < 500; round++) {
            List<Marking> some = parts.stream().filter(part -> random.nextBoolean()).toList();
            Marking whole = Marking.covering(some, Classification.PUBLIC);
            for (String nation : new String[] {"", "GBR", "DEU", "USA"}) {
                for (Classification clearance : Classification.values()) {
                    if (sees(whole, clearance, nation)) {
                        for (Marking part : some) {
                            assertThat(sees(part, clearance, nation)).as("round %d: %s of %s, %s %s", round,
                                    part, some, clearance, nation).isTrue();
                        }
                    }
                }
            }
        }
    }

    /** The rule MarkedRecords applies in SQL. */
    private static boolean sees(Marking marking, Classification clearance, String nation) {
        if (!clearance.covers(marking.classification())) {
            return false;
        }
        return nation.isEmpty() || marking.classification() == Classification.PUBLIC
                || marking.releasableTo().contains(nation);
    }
}
