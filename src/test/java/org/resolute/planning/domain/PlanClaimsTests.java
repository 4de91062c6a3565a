package org.resolute.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.cluster.Node;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;

/**
 * The plan queue shared by several nodes, on both databases. The other nodes are rows as they would leave them:
 * a plan SOLVING under another node's id and lease. A node that starts leaves such a plan alone but takes back
 * those it left itself; a plan whose node's lease ran out is put back in the queue and solved here; a stop asked
 * here for a plan another node solves is a flag for that node.
 */
abstract class PlanClaimsTests {

    static final Duration SETTLED_WITHIN = Duration.ofSeconds(90);

    @Autowired
    Plans plans;

    @Autowired
    PlanRunner runner;

    @Autowired
    PlanClaims claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Node node;

    @AfterEach
    void endPlansOfNodesThatDoNotExist() {
        jdbc.sql("UPDATE plan SET status = 'STOPPED' WHERE status = 'SOLVING' AND solver_node LIKE 'other-%'")
                .update();
    }

    @Test
    void aStartingNodeLeavesAlonePlansAnotherNodeIsSolvingAndTakesBackThoseItLeftItself() {
        UUID elsewhere = solving("other-node", Instant.now().plus(Duration.ofHours(1)));
        UUID leftHere = solving(node.id(), Instant.now().plus(Duration.ofHours(1)));

        runner.resume();

        assertThat(awaitFinished(leftHere)).isEqualTo("SOLVED");
        assertThat(solverOf(leftHere)).isEqualTo(node.id());
        assertThat(statusOf(elsewhere)).isEqualTo("SOLVING");
        assertThat(solverOf(elsewhere)).isEqualTo("other-node");
    }

    @Test
    void aPlanWhoseNodesLeaseRanOutIsTakenOverAndSolvedOnceHere() {
        UUID abandoned = solving("dead-node", Instant.now().minus(Duration.ofMinutes(1)));

        runner.poll();

        assertThat(awaitFinished(abandoned)).isEqualTo("SOLVED");
        assertThat(solverOf(abandoned)).isEqualTo(node.id());
        assertThat(auditedStatuses(abandoned)).containsExactly("QUEUED", "SOLVING", "SOLVED");
    }

    @Test
    void aStopAskedHereForAPlanAnotherNodeSolvesIsAFlagThatNodeReads() {
        UUID elsewhere = solving("other-node", Instant.now().plus(Duration.ofHours(1)));

        Viewers.runAs(Viewer.SYSTEM, () -> plans.stop(elsewhere));

        assertThat(statusOf(elsewhere)).isEqualTo("SOLVING");
        assertThat(claims.stopsAsked("other-node", List.of(elsewhere))).containsExactly(elsewhere);
        assertThat(claims.stopsAsked(node.id(), List.of(elsewhere))).isEmpty();
    }

    /** A plan as another node leaves it while solving: the input of a stored plan, SOLVING under its lease. */
    UUID solving(String solver, Instant leaseUntil) {
        UUID stored = Viewers.runAs(Viewer.SYSTEM,
                () -> plans.start(new NewPlan(PlanKind.ALLOCATION, null, 1, null)).id());
        awaitFinished(stored);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO plan (id, kind, status, troop_ceiling, seconds_limit, as_of, illustrative, requested_by,
                    requested_at, started_at, input, classification, releasable_to, solver_node, lease_until)
                SELECT :id, kind, 'SOLVING', troop_ceiling, 1, as_of, illustrative, requested_by, requested_at,
                    requested_at, input, classification, releasable_to, :solver, :until
                FROM plan WHERE id = :stored""")
                .param("id", id).param("solver", solver).param("until", Timestamp.from(leaseUntil))
                .param("stored", stored).update();
        return id;
    }

    String awaitFinished(UUID id) {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        String status = statusOf(id);
        while (List.of("QUEUED", "SOLVING").contains(status) && System.nanoTime() < deadline) {
            sleep();
            status = statusOf(id);
        }
        return status;
    }

    String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM plan WHERE id = :id").param("id", id).query(String.class).single();
    }

    String solverOf(UUID id) {
        return jdbc.sql("SELECT solver_node FROM plan WHERE id = :id").param("id", id).query(String.class).single();
    }

    List<String> auditedStatuses(UUID id) {
        return jdbc.sql("""
                SELECT after_state FROM audit_entry WHERE record_type = 'Plan' AND record_id = :id ORDER BY id""")
                .param("id", id.toString()).query(String.class).list().stream()
                .map(state -> state.replaceAll("(?s).*\"status\"\\s*:\\s*\"([A-Z]+)\".*", "$1")).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

@OnH2
class PlanClaimsOnH2Tests extends PlanClaimsTests {
}

@OnPostgres
class PlanClaimsOnPostgresTests extends PlanClaimsTests {
}
