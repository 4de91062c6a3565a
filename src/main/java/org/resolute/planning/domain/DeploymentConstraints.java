package org.resolute.planning.domain;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;

/**
 * The rules a plan is scored by. Hard rules are penalized by the troops that break them; soft ones weigh troops
 * covered, kept or moved. Each match carries a {@link Reason} in plain words.
 */
public class DeploymentConstraints implements ConstraintProvider {

    public static final String CAVEAT = "National caveat";
    public static final String TROOPS_PER_LOCATION = "National caveat on troops at a location";
    public static final String AREA = "Team advises in its functional areas";
    public static final String CAPACITY = "Location capacity";
    public static final String CEILING = "Troop ceiling";
    public static final String NATIONAL_CAP = "National cap";
    public static final String PRIORITY = "Highest-priority gaps covered first";
    public static final String BALANCE = "Balanced load";
    public static final String COUNTERPARTS = "Teams keep their counterparts";
    public static final String MOVES = "Few moves";
    public static final String LEAD_NATION = "Spoke's lead nation";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {nationalCaveat(factory), troopsPerLocationCaveat(factory), functionalArea(factory),
            locationCapacity(factory), troopCeiling(factory), nationalCap(factory), priorityCoverage(factory),
            balancedLoad(factory), keepCounterparts(factory), fewMoves(factory), spokeLeadNation(factory)};
    }

    /** A team serves only where, and as, its nation's caveats allow. */
    Constraint nationalCaveat(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .join(NationalCaveat.class, equal(AdvisorTeam::nation, NationalCaveat::nation))
                .filter((team, caveat) -> caveat.kind() != CaveatKind.MAX_TROOPS_PER_LOCATION)
                .join(PlanSettings.class)
                .filter((team, caveat, settings) -> CaveatCheck.breach(team, caveat, settings).isPresent())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (team, caveat, settings) -> team.size())
                .justifyWith((team, caveat, settings, score) -> new Reasons.CaveatBroken(team.getId(),
                        "Team " + team.label() + ": " + CaveatCheck.breach(team, caveat, settings).orElseThrow()))
                .asConstraint(CAVEAT);
    }

    /** A nation's troops at one location together stay within its caveat on troops per location. */
    Constraint troopsPerLocationCaveat(ConstraintFactory factory) {
        return factory.forEach(NationalCaveat.class)
                .filter(caveat -> caveat.kind() == CaveatKind.MAX_TROOPS_PER_LOCATION)
                .join(PlanSettings.class)
                .join(factory.forEachIncludingUnassigned(AdvisorTeam.class),
                        equal((caveat, settings) -> caveat.nation(), AdvisorTeam::nation))
                .filter((caveat, settings, team) -> team.remains(settings.kind()))
                .groupBy((caveat, settings, team) -> caveat, (caveat, settings, team) -> settings,
                        (caveat, settings, team) -> team.station(), sum((caveat, settings, team) -> team.size()))
                .filter((caveat, settings, location, troops) -> CaveatCheck
                        .troopsAt(caveat.nation(), location, troops, caveat, settings).isPresent())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (caveat, settings, location, troops) -> troops - caveat.limit())
                .justifyWith((caveat, settings, location, troops, score) -> new Reasons.CaveatBroken(location,
                        CaveatCheck.troopsAt(caveat.nation(), location, troops, caveat, settings).orElseThrow()))
                .asConstraint(TROOPS_PER_LOCATION);
    }

    /** A team advises only in the functional areas its advisors cover. */
    Constraint functionalArea(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .filter(team -> !team.areas().contains(team.getRequirement().area()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, AdvisorTeam::size)
                .justifyWith((team, score) -> new Reasons.OutsideAreas(team, team.getRequirement()))
                .asConstraint(AREA);
    }

    /** No location holds more people than its life support and force protection take, where recorded. */
    Constraint locationCapacity(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AdvisorTeam.class)
                .join(PlanSettings.class)
                .filter((team, settings) -> team.remains(settings.kind()))
                .groupBy((team, settings) -> team.station(), sum((team, settings) -> team.size()))
                .join(Station.class, equal((location, troops) -> location, Station::code))
                .filter((location, troops, station) -> station.capacity() != null && troops > station.capacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (location, troops, station) -> troops - station.capacity())
                .justifyWith((location, troops, station, score) -> new Reasons.OverCapacity(location, troops,
                        station.capacity()))
                .asConstraint(CAPACITY);
    }

    /** The troops that remain stay within the ceiling. */
    Constraint troopCeiling(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AdvisorTeam.class)
                .join(PlanSettings.class)
                .filter((team, settings) -> team.remains(settings.kind()))
                .groupBy((team, settings) -> settings, sum((team, settings) -> team.size()))
                .filter((settings, troops) -> troops > settings.troopCeiling())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (settings, troops) -> troops - settings.troopCeiling())
                .justifyWith((settings, troops, score) -> new Reasons.OverCeiling(troops, settings.troopCeiling()))
                .asConstraint(CEILING);
    }

    /** Each nation's troops that remain stay within its own cap. */
    Constraint nationalCap(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AdvisorTeam.class)
                .join(PlanSettings.class)
                .filter((team, settings) -> team.remains(settings.kind()))
                .groupBy((team, settings) -> team.nation(), sum((team, settings) -> team.size()))
                .join(NationalCap.class, equal((nation, troops) -> nation, NationalCap::nation))
                .filter((nation, troops, cap) -> troops > cap.troops())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (nation, troops, cap) -> troops - cap.troops())
                .justifyWith((nation, troops, cap, score) -> new Reasons.OverNationalCap(cap, troops))
                .asConstraint(NATIONAL_CAP);
    }

    /** Every troop covering a requirement counts, twice as much for each step of priority. */
    Constraint priorityCoverage(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .groupBy(AdvisorTeam::getRequirement, sum(AdvisorTeam::size))
                .rewardLong(HardSoftLongScore.ONE_SOFT,
                        (requirement, troops) -> Math.min(troops, requirement.requiredSize()) * requirement.weight())
                .justifyWith((requirement, troops, score) -> new Reasons.Covered(requirement, troops))
                .asConstraint(PRIORITY);
    }

    /** Troops beyond what a requirement asks for are better used elsewhere. */
    Constraint balancedLoad(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .groupBy(AdvisorTeam::getRequirement, sum(AdvisorTeam::size))
                .filter((requirement, troops) -> troops > requirement.requiredSize())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (requirement, troops) -> troops - requirement.requiredSize())
                .justifyWith((requirement, troops, score) -> new Reasons.Overstaffed(requirement, troops))
                .asConstraint(BALANCE);
    }

    /** A team that stays with the counterparts it already advises keeps what it has built with them. */
    Constraint keepCounterparts(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .filter(AdvisorTeam::keepsCounterparts)
                .rewardLong(HardSoftLongScore.ONE_SOFT, AdvisorTeam::size)
                .justifyWith((team, score) -> new Reasons.CounterpartsKept(team))
                .asConstraint(COUNTERPARTS);
    }

    /** Each troop moved to other work costs a handover. */
    Constraint fewMoves(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .filter(AdvisorTeam::moved)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, AdvisorTeam::size)
                .justifyWith((team, score) -> new Reasons.Moved(team))
                .asConstraint(MOVES);
    }

    /** A spoke's lead nation is preferred for the spoke's advising. */
    Constraint spokeLeadNation(ConstraintFactory factory) {
        return factory.forEach(AdvisorTeam.class)
                .filter(team -> team.nation().equals(team.getRequirement().leadNation()))
                .rewardLong(HardSoftLongScore.ONE_SOFT, AdvisorTeam::size)
                .justifyWith((team, score) -> new Reasons.LeadNation(team))
                .asConstraint(LEAD_NATION);
    }
}
