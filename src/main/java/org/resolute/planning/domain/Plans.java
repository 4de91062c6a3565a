package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * Allocation and drawdown plans as jobs: asked for, queued, solved on a bounded executor (one solve at a time by
 * default), stopped, compared and explained. Everything about a plan is stored, not held in memory.
 */
public interface Plans {

    /**
     * Reads the plan's facts from the force, advising and mission modules and queues its solve. Without a date an
     * allocation starts from today's force and a drawdown from the force the day before the mission ceiling now
     * in force took effect. Refused ({@link org.resolute.kernel.InvalidInput}) naming kind, troopCeiling,
     * secondsLimit or asOf.
     */
    Plan start(NewPlan plan);

    /** {@link org.resolute.kernel.NotFound} when there is no such plan. */
    Plan get(UUID id);

    /** The plan's assignments, unmet requirements and reasons, once it has a best solution. */
    Optional<PlanResult> result(UUID id);

    /** Newest first. */
    PageResult<Plan> search(PageQuery page);

    /**
     * Applies a solved, feasible plan once: records, in one transaction, strength reports dated {@code effective}
     * (today when null) that make the force as of that date the plan's, and moves or vacates the advisor positions
     * whose teams the plan moves or withdraws, through the force and advising modules; then marks the plan APPLIED
     * with who and when. {@link PlanStateConflict} for a plan not solved, infeasible or already applied;
     * {@link org.resolute.kernel.InvalidInput} naming effective for a date not after the plan's posture or one
     * that already has reports.
     */
    PlanApplication apply(UUID id, LocalDate effective);

    /** Stops a queued or solving plan, keeping the best solution found so far; a finished plan is left as it is. */
    Plan stop(UUID id);
}
