package org.resolute.kernel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.DemoDataset;
import org.resolute.kernel.DemoPart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo data's parts load in order, each whole or not at all: a part that fails half-way leaves none of its
 * rows, the others load, and the progress says which failed. In the background, the load ends on its own.
 */
class DemoLoadTests {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @Test
    void aPartThatFailsHalfWayLeavesNothingAndTheOthersLoadInOrder() {
        jdbc.execute("CREATE TABLE demo_row (part VARCHAR(20), n INT)");
        DemoLoad load = new DemoLoad(List.of(part("second", 2, false), part("broken", 3, true),
                part("first", 1, false)), new DataSourceTransactionManager(database), metrics, Runnable::run, false);

        load.run(null);

        assertThat(jdbc.queryForList("SELECT DISTINCT part FROM demo_row ORDER BY part", String.class))
                .containsExactly("first", "second");
        DemoLoad.Progress progress = load.progress();
        assertThat(progress.loaded()).as("loaded in order").containsExactly("first", "second");
        assertThat(progress.failed()).containsExactly("broken");
        assertThat(progress.finished()).isTrue();
        assertThat(metrics.get("resolute.demo.datasets").tag("state", "loaded").gauge().value()).isEqualTo(2.0);
    }

    @Test
    void inTheBackgroundTheLoadStartsWhenTheApplicationIsReadyAndEndsOnItsOwn() throws InterruptedException {
        jdbc.execute("CREATE TABLE demo_row (part VARCHAR(20), n INT)");
        DemoLoad load = new DemoLoad(List.of(part("only", 1, false)), new DataSourceTransactionManager(database),
                metrics, Runnable::run, true);

        load.run(null);
        assertThat(load.progress().pending()).as("nothing before the application is ready").containsExactly("only");

        load.whenReady();
        for (int wait = 0; wait < 600 && !load.progress().finished(); wait++) {
            Thread.sleep(100);
        }
        assertThat(load.progress().loaded()).containsExactly("only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_row", Integer.class)).isEqualTo(2);
    }

    private DemoDataset part(String name, int order, boolean failsHalfWay) {
        return new DemoPart(name, order) {
            @Override
            public void load() {
                jdbc.update("INSERT INTO demo_row (part, n) VALUES (?, 1)", name);
                if (failsHalfWay) {
                    throw new IllegalStateException("the second half of " + name + " is missing");
                }
                jdbc.update("INSERT INTO demo_row (part, n) VALUES (?, 2)", name);
            }
        };
    }
}
