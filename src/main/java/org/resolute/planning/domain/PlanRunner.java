package org.resolute.planning.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.planning.Plan;
import org.resolute.planning.PlanResult;
import org.resolute.planning.PlanStatus;

/**
 * Runs plans' solves on a bounded executor ({@code resolute.planning.concurrent-solves}, one by default, so a
 * 2-core machine keeps a core for the application); the others wait, queued. Progress (best score, elapsed time,
 * the best solution's troops and coverage) is written to the plan at most once a second; each change of status
 * reaches the audit trail, by the system.
 */
@Component
public class PlanRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlanRunner.class);
    private static final long PROGRESS_EVERY_MS = 1000;

    private final PlanTable table;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<UUID, Solver<Deployment>> running = new ConcurrentHashMap<>();
    private final Set<UUID> stopping = ConcurrentHashMap.newKeySet();

    PlanRunner(PlanTable table, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            PlanningProperties properties) {
        this.table = table;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.concurrentSolves(), properties.concurrentSolves(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "planner-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues the plan's solve once the transaction that stored it commits. */
    public void submit(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> Viewers.runAs(Viewer.SYSTEM, () -> run(id)));
                }
            });
        } else {
            executor.execute(() -> Viewers.runAs(Viewer.SYSTEM, () -> run(id)));
        }
    }

    /** Ends a solve early; its best solution so far is kept. False when this node is not solving it. */
    public boolean stop(UUID id) {
        stopping.add(id);
        Solver<Deployment> solver = running.get(id);
        return solver != null && solver.terminateEarly();
    }

    /** Plans left queued or solving by a previous run are solved again from their stored input. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        List<UUID> unfinished = table.unfinished();
        unfinished.forEach(id -> transactions.executeWithoutResult(status -> table.moveOn(id, PlanStatus.QUEUED,
                null, null, List.of(PlanStatus.SOLVING))));
        unfinished.forEach(this::submit);
    }

    private void run(UUID id) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> moveOn(id, PlanStatus.SOLVING, null,
                List.of(PlanStatus.QUEUED))))) {
            return;
        }
        try {
            solve(id);
        } catch (RuntimeException e) {
            log.warn("Plan {} failed", id, e);
            transactions.executeWithoutResult(status -> moveOn(id, PlanStatus.FAILED,
                    String.valueOf(e.getMessage()), List.of(PlanStatus.SOLVING)));
        } finally {
            running.remove(id);
            stopping.remove(id);
        }
    }

    private void solve(UUID id) {
        PlanInput input = table.input(id);
        int seconds = table.find(id).orElseThrow().secondsLimit();
        SolutionManager<Deployment, HardSoftLongScore> scores = Solvers.solutionManager();
        Deployment current = input.toDeployment();
        HardSoftLongScore posture = scores.update(current);
        Deployment problem = input.toStart();
        table.posture(id, posture.hardScore(), posture.softScore(), Outcomes.headline(current));
        Solver<Deployment> solver = Solvers.solver(Duration.ofSeconds(seconds));
        long[] lastWrite = {0};
        solver.addEventListener(event -> {
            if (stopping.contains(id)) {
                solver.terminateEarly();
            }
            long now = event.getTimeMillisSpent();
            if (now - lastWrite[0] >= PROGRESS_EVERY_MS && event.isNewBestSolutionInitialized()) {
                lastWrite[0] = now;
                HardSoftLongScore best = (HardSoftLongScore) event.getNewBestScore();
                table.progress(id, now, best.hardScore(), best.softScore(),
                        Outcomes.headline(event.getNewBestSolution()));
            }
        });
        running.put(id, solver);
        long started = System.nanoTime();
        Deployment best = solver.solve(problem);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        PlanResult result = Outcomes.of(best, scores.analyze(best));
        boolean stopped = stopping.contains(id) || solver.isTerminateEarly();
        transactions.executeWithoutResult(status -> {
            table.result(id, elapsed, best.score().hardScore(), best.score().softScore(), result);
            moveOn(id, stopped ? PlanStatus.STOPPED : PlanStatus.SOLVED, null, List.of(PlanStatus.SOLVING));
        });
    }

    /** Moves the plan on and records the change in the audit trail; call inside a transaction. */
    boolean moveOn(UUID id, PlanStatus to, String failure, List<PlanStatus> from) {
        boolean moved = table.moveOn(id, to, clock.instant(), failure, from);
        if (moved) {
            Plan plan = table.find(id).orElseThrow();
            events.publishEvent(RecordChanged.saved("Plan", id, plan, plan.marking()));
        }
        return moved;
    }

    @Override
    public void destroy() {
        running.values().forEach(Solver::terminateEarly);
        executor.shutdownNow();
    }
}
