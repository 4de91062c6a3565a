package org.resolute.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.PositionChanges;
import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;

/**
 * Applies a plan, all or nothing: marks it APPLIED first (which locks it, so it is applied once), then records its
 * changes through the force and advising modules' APIs ({@link PlanChanges}), each of which reaches the audit
 * trail; any refusal rolls every change back.
 */
@Component
class PlanApplier {

    private final PlanTable table;
    private final StrengthReports strength;
    private final AdvisingStructure structure;
    private final PositionChanges positions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanApplier(PlanTable table, StrengthReports strength, AdvisingStructure structure, PositionChanges positions,
            ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.strength = strength;
        this.structure = structure;
        this.positions = positions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    PlanApplication apply(UUID id, LocalDate effective) {
        Plan plan = table.find(id).orElseThrow(() -> new NotFound("plan " + id));
        LocalDate on = effective == null ? LocalDate.now(clock) : effective;
        refuseIfNotApplicable(plan, on);
        String by = Viewers.current().username();
        if (!table.markApplied(id, on, by, clock.instant())) {
            throw new PlanStateConflict("Plan " + id + " was applied or changed at the same moment; reload it");
        }
        PlanResult result = table.result(id).orElseThrow(() -> new PlanStateConflict("Plan " + id
                + " has no solution to apply"));
        PlanChanges changes = new PlanChanges(table.input(id), result);
        List<NewStrengthReport> reports = changes.strength(id, strength.asOf(on), on);
        for (NewStrengthReport report : reports) {
            try {
                strength.record(report);
            } catch (InvalidInput refused) {
                throw new InvalidInput("effective", "planning.error.effectiveRefused",
                        "cannot apply the plan on " + on + ": " + refused.getMessage(), on.toString());
            }
        }
        String basis = "plan " + id;
        int moved = 0;
        int vacated = 0;
        for (PlanChanges.PositionChange change : changes.positions(structure.positions())) {
            if (change.to().isPresent()) {
                positions.move(change.position().id(), change.to().get().institution(), change.to().get().area(),
                        basis);
                moved++;
            } else if (change.position().holderOn(on).filter(holding -> holding.from().isBefore(on)).isPresent()) {
                positions.vacate(change.position().id(), on, basis);
                vacated++;
            }
        }
        Plan applied = table.find(id).orElseThrow();
        events.publishEvent(RecordChanged.saved("Plan", id, applied, applied.marking()));
        return new PlanApplication(applied, on, reports.size(), moved, vacated);
    }

    private static void refuseIfNotApplicable(Plan plan, LocalDate on) {
        if (plan.status() == PlanStatus.APPLIED) {
            throw new PlanStateConflict("Plan " + plan.id() + " was already applied on " + plan.appliedOn() + " by "
                    + plan.appliedBy() + "; a plan is applied once");
        }
        if (plan.status() != PlanStatus.SOLVED && plan.status() != PlanStatus.STOPPED) {
            throw new PlanStateConflict("Plan " + plan.id() + " is " + plan.status()
                    + "; only a solved or stopped plan can be applied");
        }
        if (!plan.feasible()) {
            throw new PlanStateConflict("Plan " + plan.id() + " breaks hard constraints; only a plan that breaks "
                    + "none can be applied");
        }
        if (!on.isAfter(plan.asOf())) {
            throw new InvalidInput("effective", "planning.error.effectiveTooEarly", "the plan starts from the posture of "
                    + plan.asOf() + "; it can take effect only after that date", plan.asOf().toString());
        }
    }
}
