package org.resolute.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;

@Service
@Transactional
class PlanBook implements Plans {

    private final PlanInputs inputs;
    private final PlanTable table;
    private final PlanRunner runner;
    private final PlanApplier applier;
    private final PlanningProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanBook(PlanInputs inputs, PlanTable table, PlanRunner runner, PlanApplier applier,
            PlanningProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.applier = applier;
        this.inputs = inputs;
        this.table = table;
        this.runner = runner;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Plan start(NewPlan request) {
        if (request.kind() == null) {
            throw new InvalidInput("kind", "planning.error.kind", "kind is required: ALLOCATION or DRAWDOWN");
        }
        int seconds = request.secondsLimit() == null ? 30 : request.secondsLimit();
        if (seconds < 1 || seconds > properties.maxSeconds()) {
            throw new InvalidInput("secondsLimit", "planning.error.seconds",
                    "secondsLimit must be between 1 and " + properties.maxSeconds(), properties.maxSeconds());
        }
        PlanInput input = inputs.read(request.kind(), request.troopCeiling(), request.asOf());
        Plan plan = new Plan(Ids.next(), request.kind(), PlanStatus.QUEUED, input.troopCeiling(), seconds,
                input.asOf(), input.illustrative(), Viewers.current().username(), clock.instant(), null, null, 0,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                input.marking(), 0);
        table.insert(plan, input);
        events.publishEvent(RecordChanged.saved("Plan", plan.id(), plan, plan.marking()));
        runner.submit(plan.id());
        return plan;
    }

    @Override
    @Transactional(readOnly = true)
    public Plan get(UUID id) {
        return table.find(id).orElseThrow(() -> new NotFound("plan " + id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanResult> result(UUID id) {
        get(id);
        return table.result(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<Plan> search(PageQuery page) {
        return table.page(page);
    }

    @Override
    public PlanApplication apply(UUID id, LocalDate effective) {
        return applier.apply(id, effective);
    }

    @Override
    public Plan stop(UUID id) {
        Plan plan = get(id);
        boolean stoppedInQueue = plan.status() == PlanStatus.QUEUED
                && runner.moveOn(id, PlanStatus.STOPPED, null, List.of(PlanStatus.QUEUED));
        if (!stoppedInQueue && !plan.status().finished()) {
            runner.stop(id);
        }
        return get(id);
    }
}
