package org.resolute.kernel.cluster;

import java.time.Duration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work once per period across every node on the database. Each node's scheduler asks on its own
 * ticks; the first node to ask once the duty's lease has run out takes it for one period, by a conditional update
 * that only one node can win, and runs the work; the others skip that period. The lease is timed by the
 * database's clock, so nodes whose clocks disagree cannot both think it expired. A duty whose work outlasts its
 * period may start on another node meanwhile, so duties are written to be safe to overlap (the sealers take turns
 * on their seal row's lock); the lease is what keeps N nodes from doing N times the work.
 */
@Component
public class ClusterDuties {

    private final JdbcClient jdbc;
    private final Node node;

    public ClusterDuties(JdbcClient jdbc, Node node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** Runs the work if this node takes the duty's lease for this period; true when it ran. */
    public boolean runOncePerPeriod(String duty, Duration period, Runnable work) {
        if (!take(duty, period)) {
            return false;
        }
        work.run();
        return true;
    }

    /** Takes the duty's lease for one period when no node holds it; false when another node (or this one) does. */
    boolean take(String duty, Duration period) {
        long millis = Math.max(1, period.toMillis());
        int taken = jdbc.sql("""
                UPDATE cluster_duty SET holder = :node, last_run_at = CURRENT_TIMESTAMP, runs = runs + 1,
                    lease_until = CURRENT_TIMESTAMP + CAST(:millis AS BIGINT) * INTERVAL '0.001' SECOND
                WHERE name = :duty AND lease_until <= CURRENT_TIMESTAMP""")
                .param("node", node.id()).param("millis", millis).param("duty", duty).update();
        if (taken == 1) {
            return true;
        }
        return firstTime(duty, millis);
    }

    private boolean firstTime(String duty, long millis) {
        try {
            return jdbc.sql("""
                    INSERT INTO cluster_duty (name, holder, lease_until, last_run_at, runs)
                    SELECT :duty, :node, CURRENT_TIMESTAMP + CAST(:millis AS BIGINT) * INTERVAL '0.001' SECOND,
                        CURRENT_TIMESTAMP, 1
                    WHERE NOT EXISTS (SELECT 1 FROM cluster_duty WHERE name = :duty)""")
                    .param("duty", duty).param("node", node.id()).param("millis", millis).update() == 1;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }
}
