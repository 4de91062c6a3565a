package org.resolute.planning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;

/**
 * A plan: what was asked, how far its solve has got, and its figures once it has a best solution.
 *
 * @param asOf the date of the posture it starts from
 * @param illustrative whether it was derived from illustrative figures (the demo's), which its figures then are
 * @param elapsedMs time the solver has spent so far
 * @param hardScore hard constraints broken, as a negative count of troops; 0 is feasible; null before a solution
 * @param softScore the weighted coverage, counterparts, moves, load and lead nations; higher is better
 * @param postureHardScore the hard score of the posture it starts from, for comparison
 * @param troopsAfter troops that remain under the plan
 * @param coverageBefore share of the priority-weighted requirement covered by the posture, in percent
 * @param appliedOn the date from which its application took effect, once applied
 * @param marking covers every marked input it was built from (strength reports, national caveats), at least
 *        MISSION: whoever may see the plan may see them all
 */
public record Plan(UUID id, PlanKind kind, PlanStatus status, int troopCeiling, int secondsLimit, LocalDate asOf,
        boolean illustrative, String requestedBy, Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
        long elapsedMs, @Nullable Long hardScore, @Nullable Long softScore, @Nullable Long postureHardScore, @Nullable Long postureSoftScore,
        @Nullable Integer troopsBefore, @Nullable Integer troopsAfter, @Nullable Double coverageBefore, @Nullable Double coverageAfter, @Nullable Integer moves,
        @Nullable Integer withdrawn, @Nullable String failure, @Nullable Instant appliedAt, @Nullable String appliedBy, @Nullable LocalDate appliedOn, Marking marking,
        long version) implements Marked {

    public boolean feasible() {
        return hardScore != null && hardScore == 0;
    }

    public boolean applicable() {
        return (status == PlanStatus.SOLVED || status == PlanStatus.STOPPED) && feasible() && appliedAt == null;
    }

    public boolean applied() {
        return status == PlanStatus.APPLIED;
    }
}
