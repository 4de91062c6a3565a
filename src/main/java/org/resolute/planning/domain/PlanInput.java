package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;
import org.resolute.kernel.Marking;

/**
 * Everything a plan was solved from, as read from the force, advising and mission modules when it was asked for:
 * stored with the plan, so a plan can be re-solved and explained later from the same facts.
 *
 * @param asOf the date of the posture the plan starts from
 * @param illustrative whether any figure it was derived from is illustrative
 * @param marking covers the strength reports and the national caveats the plan is built from
 */
public record PlanInput(PlanKind kind, int troopCeiling, LocalDate asOf, LocalDate from, LocalDate until,
        List<TeamInput> teams, List<AdvisingRequirement> requirements, List<Station> stations,
        List<NationalCap> caps, List<CaveatInput> caveats, boolean illustrative, Marking marking) {

    /**
     * A team as derived: where it is and what it works on now.
     *
     * @param homeCommand the command of the strength report the team was split from
     * @param homeMarking that report's marking
     */
    public record TeamInput(String id, String nation, int size, List<String> areas, String home,
            String currentRequirement, String currentInstitution, String homeCommand, Marking homeMarking) {
    }

    /** The part of a national caveat the force module's rules check. */
    public record CaveatInput(UUID id, String code, String nation, CaveatKind kind, List<String> values,
            Integer limit) {

        static CaveatInput of(NationalCaveat caveat) {
            return new CaveatInput(caveat.id(), caveat.code(), caveat.nation(), caveat.kind(), caveat.values(),
                    caveat.limit());
        }

        NationalCaveat toCaveat() {
            return new NationalCaveat(id, code, nation, kind, values, limit, code, null, null);
        }
    }

    /** The problem for the solver, every team where it is now or, when it has no requirement, unassigned. */
    public Deployment toDeployment() {
        var byId = new HashMap<String, AdvisingRequirement>();
        requirements.forEach(requirement -> byId.put(requirement.id(), requirement));
        List<AdvisorTeam> entities = teams.stream().map(team -> new AdvisorTeam(team.id(), team.nation(),
                team.size(), team.areas(), team.home(), team.currentRequirement(), team.currentInstitution())
                .assignedTo(team.currentRequirement() == null ? null : byId.get(team.currentRequirement())))
                .toList();
        return new Deployment(entities, requirements, stations, caps,
                caveats.stream().map(CaveatInput::toCaveat).toList(),
                new PlanSettings(kind, troopCeiling, from, until));
    }

    /** The problem with a feasible start: see {@link Drawdown}. */
    public Deployment toStart() {
        return Drawdown.prepare(toDeployment());
    }
}
