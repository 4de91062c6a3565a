package org.resolute.planning.domain;

import static org.resolute.planning.domain.Fixtures.air;
import static org.resolute.planning.domain.Fixtures.caveat;
import static org.resolute.planning.domain.Fixtures.ledBy;
import static org.resolute.planning.domain.Fixtures.requirement;
import static org.resolute.planning.domain.Fixtures.settings;
import static org.resolute.planning.domain.Fixtures.team;
import static org.resolute.planning.domain.Fixtures.teamAt;

import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import org.resolute.force.CaveatKind;

class DeploymentConstraintsTests {

    private final ConstraintVerifier<DeploymentConstraints, Deployment> verifier = ConstraintVerifier
            .build(new DeploymentConstraints(), Deployment.class, AdvisorTeam.class);

    private final AdvisingRequirement kandahar = requirement("205-CORPS", "EF4", 1, "KANDAHAR", "South", 40);
    private final AdvisingRequirement mazar = requirement("209-CORPS", "EF4", 1, "MAZAR", "North", 40);

    @Test
    void penalizesATeamSentToARegionItsNationExcludesByItsSize() {
        var regions = caveat("C-DEU-1", "DEU", CaveatKind.ALLOWED_REGIONS, List.of("North", "Capital"), null);
        verifier.verifyThat(DeploymentConstraints::nationalCaveat)
                .given(team("DEU-1", "DEU", 30, "MAZAR", "EF4").assignedTo(kandahar),
                        team("DEU-2", "DEU", 20, "MAZAR", "EF4").assignedTo(mazar), regions,
                        settings(PlanKind.ALLOCATION, 16000))
                .penalizesBy(30);
    }

    @Test
    void penalizesAnActivityTheNationExcludes() {
        var noAir = caveat("C-GEO-1", "GEO", CaveatKind.EXCLUDED_ACTIVITIES, List.of("AIR_ADVISING"), null);
        verifier.verifyThat(DeploymentConstraints::nationalCaveat)
                .given(team("GEO-1", "GEO", 25, "KABUL", "EF5").assignedTo(air("EF5", 1, 40)), noAir,
                        settings(PlanKind.ALLOCATION, 16000))
                .penalizesBy(25);
    }

    @Test
    void penalizesTheTroopsANationPutsAtOneLocationBeyondItsCaveatTogether() {
        var perLocation = caveat("C-DEU-2", "DEU", CaveatKind.MAX_TROOPS_PER_LOCATION, List.of(), 50);
        verifier.verifyThat(DeploymentConstraints::troopsPerLocationCaveat)
                .given(team("DEU-1", "DEU", 30, "MAZAR", "EF4").assignedTo(mazar),
                        team("DEU-2", "DEU", 40, "MAZAR", "EF4"), team("DEU-3", "DEU", 40, "KABUL", "EF4"),
                        perLocation, settings(PlanKind.ALLOCATION, 16000))
                .penalizesBy(20);
    }

    @Test
    void penalizesATeamAssignedOutsideItsFunctionalAreas() {
        verifier.verifyThat(DeploymentConstraints::functionalArea)
                .given(team("USA-1", "USA", 12, "KANDAHAR", "EF1", "EF2").assignedTo(kandahar))
                .penalizesBy(12);
    }

    @Test
    void penalizesTroopsAboveALocationsRecordedCapacityOnly() {
        verifier.verifyThat(DeploymentConstraints::locationCapacity)
                .given(team("USA-1", "USA", 30, "MAZAR", "EF4").assignedTo(kandahar),
                        team("USA-2", "USA", 30, "KANDAHAR", "EF4"), team("USA-3", "USA", 99, "MAZAR", "EF4"),
                        new Station("KANDAHAR", "South", 50), new Station("MAZAR", "North", null),
                        settings(PlanKind.ALLOCATION, 16000))
                .penalizesBy(10);
    }

    @Test
    void countsAnUnassignedTeamAgainstTheCeilingInAnAllocationButNotInADrawdown() {
        var kept = team("USA-1", "USA", 30, "KANDAHAR", "EF4").assignedTo(kandahar);
        var idle = team("USA-2", "USA", 30, "KANDAHAR", "EF4");
        verifier.verifyThat(DeploymentConstraints::troopCeiling)
                .given(kept, idle, settings(PlanKind.ALLOCATION, 40)).penalizesBy(20);
        verifier.verifyThat(DeploymentConstraints::troopCeiling)
                .given(kept, idle, settings(PlanKind.DRAWDOWN, 40)).penalizesBy(0);
    }

    @Test
    void penalizesANationAboveItsOwnCap() {
        verifier.verifyThat(DeploymentConstraints::nationalCap)
                .given(team("DEU-1", "DEU", 30, "MAZAR", "EF4").assignedTo(mazar),
                        team("DEU-2", "DEU", 30, "MAZAR", "EF4"), team("USA-1", "USA", 500, "KABUL", "EF4"),
                        new NationalCap("DEU", 45, "Bundestag mandate"), settings(PlanKind.DRAWDOWN, 16000))
                .penalizesBy(0);
        verifier.verifyThat(DeploymentConstraints::nationalCap)
                .given(team("DEU-1", "DEU", 30, "MAZAR", "EF4").assignedTo(mazar),
                        team("DEU-2", "DEU", 30, "MAZAR", "EF4"), new NationalCap("DEU", 45, "Bundestag mandate"),
                        settings(PlanKind.ALLOCATION, 16000))
                .penalizesBy(15);
    }

    @Test
    void rewardsCoveredTroopsUpToTheRequirementWeightedByPriority() {
        var low = requirement("MOI", "EF8", 5, "KABUL", "Capital", 10);
        verifier.verifyThat(DeploymentConstraints::priorityCoverage)
                .given(team("USA-1", "USA", 30, "KANDAHAR", "EF4").assignedTo(kandahar),
                        team("USA-2", "USA", 30, "KANDAHAR", "EF4").assignedTo(kandahar),
                        team("GBR-1", "GBR", 15, "KABUL", "EF8").assignedTo(low))
                .rewardsWith(40 * 16 + 10);
    }

    @Test
    void penalizesTroopsBeyondWhatARequirementAsksFor() {
        verifier.verifyThat(DeploymentConstraints::balancedLoad)
                .given(team("USA-1", "USA", 30, "KANDAHAR", "EF4").assignedTo(kandahar),
                        team("USA-2", "USA", 30, "KANDAHAR", "EF4").assignedTo(kandahar),
                        team("USA-3", "USA", 30, "MAZAR", "EF4").assignedTo(mazar))
                .penalizesBy(20);
    }

    @Test
    void rewardsATeamThatStaysWithItsCounterparts() {
        var other = requirement("205-CORPS", "EF5", 2, "KANDAHAR", "South", 40);
        verifier.verifyThat(DeploymentConstraints::keepCounterparts)
                .given(teamAt("USA-1", "USA", 30, kandahar, "EF4", "EF5").assignedTo(other),
                        teamAt("USA-2", "USA", 20, kandahar, "EF4").assignedTo(mazar))
                .rewardsWith(30);
    }

    @Test
    void penalizesEachTroopMovedToOtherWork() {
        verifier.verifyThat(DeploymentConstraints::fewMoves)
                .given(teamAt("USA-1", "USA", 30, kandahar, "EF4").assignedTo(kandahar),
                        teamAt("USA-2", "USA", 20, kandahar, "EF4").assignedTo(mazar),
                        teamAt("USA-3", "USA", 25, kandahar, "EF4"))
                .penalizesBy(20);
    }

    @Test
    void rewardsTheSpokesLeadNationInItsSpoke() {
        var north = ledBy("DEU", "EF4", "MAZAR", 40);
        verifier.verifyThat(DeploymentConstraints::spokeLeadNation)
                .given(team("DEU-1", "DEU", 30, "MAZAR", "EF4").assignedTo(north),
                        team("USA-1", "USA", 30, "MAZAR", "EF4").assignedTo(north))
                .rewardsWith(30);
    }
}
