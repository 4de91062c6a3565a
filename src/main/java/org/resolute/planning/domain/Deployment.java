package org.resolute.planning.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import org.resolute.force.NationalCaveat;

/** The teams, what they may be assigned to, and the limits that bind them: what the solver plans. */
@PlanningSolution
public class Deployment {

    @PlanningEntityCollectionProperty
    private List<AdvisorTeam> teams;

    @ProblemFactCollectionProperty
    private List<AdvisingRequirement> requirements;

    @ProblemFactCollectionProperty
    private List<Station> stations;

    @ProblemFactCollectionProperty
    private List<NationalCap> caps;

    @ProblemFactCollectionProperty
    private List<NationalCaveat> caveats;

    @ProblemFactProperty
    private PlanSettings settings;

    @PlanningScore
    private HardSoftLongScore score;

    Deployment() {
    }

    public Deployment(List<AdvisorTeam> teams, List<AdvisingRequirement> requirements, List<Station> stations,
            List<NationalCap> caps, List<NationalCaveat> caveats, PlanSettings settings) {
        this.teams = teams;
        this.requirements = requirements;
        this.stations = stations;
        this.caps = caps;
        this.caveats = caveats;
        this.settings = settings;
        teams.forEach(team -> team.setWorkable(requirements.stream()
                .filter(requirement -> team.areas().contains(requirement.area())).toList()));
    }

    public List<AdvisorTeam> teams() {
        return teams;
    }

    public List<AdvisingRequirement> requirements() {
        return requirements;
    }

    public List<Station> stations() {
        return stations;
    }

    public List<NationalCap> caps() {
        return caps;
    }

    public List<NationalCaveat> caveats() {
        return caveats;
    }

    public PlanSettings settings() {
        return settings;
    }

    public HardSoftLongScore score() {
        return score;
    }
}
