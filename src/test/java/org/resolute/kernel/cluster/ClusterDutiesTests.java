package org.resolute.kernel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;

/**
 * Scheduled work runs once per period across the nodes on one database, on both databases: of two nodes asking
 * at once from several threads, one runs the duty; no node runs it again within the period; once the period is
 * over, the next node to ask takes it.
 */
abstract class ClusterDutiesTests {

    static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JdbcClient jdbc;

    ClusterDuties node(String id) {
        return new ClusterDuties(jdbc, new Node(id));
    }

    @Test
    void ofTwoNodesAskingAtOnceFromEightThreadsExactlyOneRunsTheDutyInThePeriod() throws Exception {
        String duty = "test-" + UUID.randomUUID();
        List<ClusterDuties> nodes = List.of(node("node-a"), node("node-b"));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ClusterDuties node = nodes.get(i % 2);
            asked.add(threads.submit(() -> {
                start.await();
                return node.runOncePerPeriod(duty, HOUR, runs::incrementAndGet);
            }));
        }
        start.countDown();
        long ran = 0;
        for (Future<Boolean> answer : asked) {
            ran += answer.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(runs).hasValue(1);
        assertThat(ran).isEqualTo(1);
        assertThat(jdbc.sql("SELECT runs FROM cluster_duty WHERE name = :name").param("name", duty)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void noNodeRunsTheDutyAgainWithinThePeriodAndTheNextNodeToAskAfterItTakesIt() {
        String duty = "test-" + UUID.randomUUID();
        ClusterDuties a = node("node-a");
        ClusterDuties b = node("node-b");
        AtomicInteger runs = new AtomicInteger();

        assertThat(a.runOncePerPeriod(duty, HOUR, runs::incrementAndGet)).isTrue();
        assertThat(b.runOncePerPeriod(duty, HOUR, runs::incrementAndGet)).isFalse();
        assertThat(a.runOncePerPeriod(duty, HOUR, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);

        jdbc.sql("UPDATE cluster_duty SET lease_until = :past WHERE name = :name")
                .param("past", Timestamp.from(Instant.now().minus(HOUR))).param("name", duty).update();
        assertThat(b.runOncePerPeriod(duty, HOUR, runs::incrementAndGet)).isTrue();
        assertThat(a.runOncePerPeriod(duty, HOUR, runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(2);
        assertThat(jdbc.sql("SELECT holder FROM cluster_duty WHERE name = :name").param("name", duty)
                .query(String.class).single()).isEqualTo("node-b");
    }
}

@OnH2
class ClusterDutiesOnH2Tests extends ClusterDutiesTests {
}

@OnPostgres
class ClusterDutiesOnPostgresTests extends ClusterDutiesTests {
}
