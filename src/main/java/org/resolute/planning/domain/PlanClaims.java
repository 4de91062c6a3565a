package org.resolute.planning.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


/**
 * The plan queue shared by every node on the database. A node claims the oldest queued plan by locking its row
 * ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and H2 alike, so claiming nodes never wait for each other) and
 * moving it to SOLVING with its id and a lease; the conditional update alone would already let only one node win.
 * Leases are timed by the database's clock. Call inside a transaction.
 */
@Component
class PlanClaims {

    private static final String LEASE_END = "CURRENT_TIMESTAMP + CAST(:millis AS BIGINT) * INTERVAL '0.001' SECOND";

    private final JdbcClient jdbc;

    PlanClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the oldest queued plan for the node; empty when none is left unclaimed. */
    Optional<UUID> claim(String node, Duration lease, Instant at) {
        Optional<UUID> next = jdbc.sql("""
                SELECT id FROM plan WHERE status = 'QUEUED' ORDER BY requested_at, id LIMIT 1
                FOR UPDATE SKIP LOCKED""").query(UUID.class).optional();
        return next.filter(id -> jdbc.sql("""
                UPDATE plan SET status = 'SOLVING', started_at = :at, failure = NULL, solver_node = :node,
                    lease_until = %s, version = version + 1
                WHERE id = :id AND status = 'QUEUED'""".formatted(LEASE_END))
                .param("at", Timestamp.from(at)).param("node", node).param("millis", lease.toMillis())
                .param("id", id).update() == 1);
    }

    /** Plans still SOLVING whose node's lease has run out: that node is gone or cut off. */
    List<UUID> abandoned() {
        return jdbc.sql("SELECT id FROM plan WHERE status = 'SOLVING' AND lease_until < CURRENT_TIMESTAMP")
                .query(UUID.class).list();
    }

    /** Plans a node left SOLVING: asked by that node as it starts, since it cannot be solving them any more. */
    List<UUID> leftBy(String node) {
        return jdbc.sql("SELECT id FROM plan WHERE status = 'SOLVING' AND solver_node = :node")
                .param("node", node).query(UUID.class).list();
    }

    /**
     * Puts back in the queue a plan that its node no longer solves (its lease ran out, or it is that node,
     * restarted); false when the plan has meanwhile finished or been taken.
     */
    boolean requeue(UUID id, String leftBy) {
        return jdbc.sql("""
                UPDATE plan SET status = 'QUEUED', started_at = NULL, solver_node = NULL, lease_until = NULL,
                    version = version + 1
                WHERE id = :id AND status = 'SOLVING'
                  AND (lease_until < CURRENT_TIMESTAMP OR solver_node = :leftBy)""")
                .param("id", id).param("leftBy", leftBy).update() == 1;
    }

    /** Extends the leases of the plans the node is solving. */
    void renew(String node, Collection<UUID> solving, Duration lease) {
        if (solving.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE plan SET lease_until = " + LEASE_END
                + " WHERE id IN (:ids) AND status = 'SOLVING' AND solver_node = :node")
                .param("millis", lease.toMillis()).param("ids", solving).param("node", node).update();
    }

    /** Of the plans the node is solving, those a user asked to stop, on whichever node. */
    Set<UUID> stopsAsked(String node, Collection<UUID> solving) {
        if (solving.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT id FROM plan WHERE id IN (:ids) AND solver_node = :node AND stop_requested")
                .param("ids", solving).param("node", node).query(UUID.class).set();
    }

    /** Asks whichever node solves the plan to stop it; false when the plan is not solving. */
    boolean askStop(UUID id) {
        return jdbc.sql("UPDATE plan SET stop_requested = TRUE WHERE id = :id AND status = 'SOLVING'")
                .param("id", id).update() == 1;
    }

    /**
     * Moves a plan the node solves on to how its solve ended; false when the node no longer holds it (its lease
     * ran out and another node took it over), in which case it must write nothing of its result.
     */
    boolean finish(UUID id, String node, PlanStatus to, Instant at, String failure) {
        return jdbc.sql("""
                UPDATE plan SET status = :to, finished_at = :at, failure = :failure, lease_until = NULL,
                    version = version + 1
                WHERE id = :id AND status = 'SOLVING' AND solver_node = :node""")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("failure", failure)
                .param("id", id).param("node", node).update() == 1;
    }
}
