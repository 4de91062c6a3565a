package org.resolute.planning.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.resolute.kernel.AfterCommit;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.cluster.Node;

/**
 * Solves queued plans, on whichever node has a free solver slot ({@code resolute.planning.concurrent-solves}, one
 * by default, so a 2-core machine keeps a core for the application). A free slot claims the oldest queued plan in
 * the database ({@link PlanClaims}), so each plan is solved by one node, whichever node it was started on. Every
 * poll interval the node renews the leases of the plans it solves, stops those a user asked to stop on any node,
 * puts back in the queue plans whose node's lease ran out, and claims queued plans for its free slots. Progress
 * (best score, elapsed time, the best solution's troops and coverage) is written to the plan at most once a
 * second; each change of status reaches the audit trail, by the system.
 */
@Component
public class PlanRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlanRunner.class);
    private static final long PROGRESS_EVERY_MS = 1000;

    private final PlanTable table;
    private final PlanClaims claims;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final int slots;
    private final ExecutorService executor;
    private final AtomicInteger busySlots = new AtomicInteger();
    private final Set<UUID> solving = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Solver<Deployment>> running = new ConcurrentHashMap<>();
    private final Set<UUID> stopping = ConcurrentHashMap.newKeySet();
    private volatile boolean ready;
    private volatile boolean closing;

    PlanRunner(PlanTable table, PlanClaims claims, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock, Node node, PlanningProperties properties) {
        this.table = table;
        this.claims = claims;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.node = node.id();
        this.lease = properties.lease();
        this.slots = properties.concurrentSolves();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "planner-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Looks for a free slot to solve the new plan once the transaction that stored it commits. */
    public void submit(UUID id) {
        AfterCommit.run(this::solveQueued);
    }

    /**
     * Asks whichever node solves the plan to end it early; its best solution so far is kept. Call inside a
     * transaction; false when the plan is not solving.
     */
    public boolean stop(UUID id) {
        boolean asked = claims.askStop(id);
        Solver<Deployment> solver = running.get(id);
        if (solver != null) {
            stopping.add(id);
            solver.terminateEarly();
        }
        return asked;
    }

    /**
     * Once started, this node takes back the plans a previous run of it left solving (it cannot be solving them
     * now), leaves alone those other nodes are solving, and starts claiming.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        Viewers.runAs(Viewer.SYSTEM, () -> claims.leftBy(node)
                .forEach(id -> transactions.executeWithoutResult(status -> requeue(id, node))));
        ready = true;
        solveQueued();
    }

    @Scheduled(fixedDelayString = "${resolute.planning.poll-interval:1s}")
    void poll() {
        if (!ready) {
            return;
        }
        try {
            Set<UUID> mine = Set.copyOf(solving);
            claims.renew(node, mine, lease);
            claims.stopsAsked(node, mine).forEach(id -> {
                stopping.add(id);
                Optional.ofNullable(running.get(id)).ifPresent(Solver::terminateEarly);
            });
            Viewers.runAs(Viewer.SYSTEM, () -> claims.abandoned()
                    .forEach(id -> transactions.executeWithoutResult(status -> requeue(id, null))));
            solveQueued();
        } catch (RuntimeException e) {
            log.warn("Could not poll the plan queue this time; the next poll will", e);
        }
    }

    /** Starts a slot claiming queued plans, unless every slot of this node is busy. */
    private void solveQueued() {
        if (!ready) {
            return;
        }
        if (busySlots.incrementAndGet() > slots) {
            busySlots.decrementAndGet();
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    Viewers.runAs(Viewer.SYSTEM, this::solveWhileQueued);
                } finally {
                    busySlots.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            busySlots.decrementAndGet();
        }
    }

    private void solveWhileQueued() {
        try {
            Optional<UUID> claimed;
            while (!closing && (claimed = transactions.execute(status -> claim())).isPresent()) {
                solving.add(claimed.get());
                run(claimed.get());
            }
        } catch (RuntimeException e) {
            log.warn("Could not claim a queued plan; the next poll will", e);
        }
    }

    private Optional<UUID> claim() {
        Optional<UUID> claimed = claims.claim(node, lease, clock.instant());
        claimed.ifPresent(this::audit);
        return claimed;
    }

    private void run(UUID id) {
        try {
            solve(id);
        } catch (RuntimeException e) {
            log.warn("Plan {} failed", id, e);
            transactions.executeWithoutResult(status -> finish(id, PlanStatus.FAILED,
                    String.valueOf(e.getMessage()), () -> { }));
        } finally {
            running.remove(id);
            stopping.remove(id);
            solving.remove(id);
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
        if (stopping.contains(id) || closing) {
            solver.terminateEarly();
        }
        long started = System.nanoTime();
        Deployment best = solver.solve(problem);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (closing && !stopping.contains(id)) {
            transactions.executeWithoutResult(status -> requeue(id, node));
            return;
        }
        PlanResult result = Outcomes.of(best, scores.analyze(best));
        boolean stopped = stopping.contains(id) || solver.isTerminateEarly();
        transactions.executeWithoutResult(status -> finish(id, stopped ? PlanStatus.STOPPED : PlanStatus.SOLVED,
                null, () -> table.result(id, elapsed, best.score().hardScore(), best.score().softScore(), result)));
    }

    /**
     * Ends this node's solve of the plan and writes what it found; nothing when another node has taken the plan
     * over meanwhile (this node's lease ran out). Call inside a transaction.
     */
    private void finish(UUID id, PlanStatus to, String failure, Runnable writeResult) {
        if (claims.finish(id, node, to, clock.instant(), failure)) {
            writeResult.run();
            audit(id);
        } else {
            log.warn("Plan {} was taken over by another node; this node's {} result is dropped", id, to);
        }
    }

    private void requeue(UUID id, String leftBy) {
        if (claims.requeue(id, leftBy)) {
            log.info("Plan {} put back in the queue: its node stopped solving it", id);
            audit(id);
        }
    }

    /** Moves the plan on and records the change in the audit trail; call inside a transaction. */
    boolean moveOn(UUID id, PlanStatus to, String failure, List<PlanStatus> from) {
        boolean moved = table.moveOn(id, to, clock.instant(), failure, from);
        if (moved) {
            audit(id);
        }
        return moved;
    }

    private void audit(UUID id) {
        Plan plan = table.find(id).orElseThrow();
        events.publishEvent(RecordChanged.saved("Plan", id, plan, plan.marking()));
    }

    /**
     * A node shutting down puts the plans it is solving back in the queue, for another node (or itself, restarted)
     * to solve, rather than ending them early.
     */
    @Override
    public void destroy() throws InterruptedException {
        ready = false;
        closing = true;
        running.values().forEach(Solver::terminateEarly);
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
