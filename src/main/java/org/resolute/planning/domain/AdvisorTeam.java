package org.resolute.planning.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.resolute.advising.EngagementMode;

/**
 * A nation's advisor team: the planner decides which advising requirement it works on, or none.
 * A team is in one place at a time by construction: it has one requirement or none.
 */
@PlanningEntity
public class AdvisorTeam {

    @PlanningId
    private String id;
    private String nation;
    private int size;
    private List<String> areas;
    private String home;
    private String currentRequirement;
    private String currentInstitution;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "workable")
    private AdvisingRequirement requirement;

    private List<AdvisingRequirement> workable = List.of();

    AdvisorTeam() {
    }

    /**
     * @param home the location the team is based at now
     * @param currentRequirement the id of the requirement it works on now, or null
     * @param currentInstitution the institution whose counterparts it advises now, or null
     */
    public AdvisorTeam(String id, String nation, int size, List<String> areas, String home,
            String currentRequirement, String currentInstitution) {
        this.id = id;
        this.nation = nation;
        this.size = size;
        this.areas = List.copyOf(areas);
        this.home = home;
        this.currentRequirement = currentRequirement;
        this.currentInstitution = currentInstitution;
    }

    public AdvisorTeam assignedTo(AdvisingRequirement assigned) {
        this.requirement = assigned;
        return this;
    }

    /** Where the team is: the requirement's location, its home when unassigned or advising remotely. */
    public String station() {
        return requirement == null || requirement.mode() == EngagementMode.REMOTE ? home : requirement.location();
    }

    /** Whether the team stays in theatre: an unassigned team stays in an allocation and leaves in a drawdown. */
    public boolean remains(PlanKind kind) {
        return requirement != null || kind == PlanKind.ALLOCATION;
    }

    public boolean moved() {
        return requirement != null && !requirement.id().equals(currentRequirement);
    }

    public boolean keepsCounterparts() {
        return requirement != null && requirement.institution().equals(currentInstitution);
    }

    /** "DEU team 3 (40)". */
    public String label() {
        return id + " (" + nation + ", " + size + ")";
    }

    public String getId() {
        return id;
    }

    public String nation() {
        return nation;
    }

    public int size() {
        return size;
    }

    public List<String> areas() {
        return areas;
    }

    public String home() {
        return home;
    }

    public String currentRequirement() {
        return currentRequirement;
    }

    public String currentInstitution() {
        return currentInstitution;
    }

    /**
     * The requirements in the team's functional areas: the only ones the solver tries for it, since any other
     * breaks a hard rule (caveats, which depend on the whole plan's limits, are still scored, not filtered).
     */
    @ValueRangeProvider(id = "workable")
    public List<AdvisingRequirement> getWorkable() {
        return workable;
    }

    void setWorkable(List<AdvisingRequirement> workable) {
        this.workable = List.copyOf(workable);
    }

    public AdvisingRequirement getRequirement() {
        return requirement;
    }

    public void setRequirement(AdvisingRequirement requirement) {
        this.requirement = requirement;
    }
}
