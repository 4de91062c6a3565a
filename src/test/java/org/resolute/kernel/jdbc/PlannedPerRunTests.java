package org.resolute.kernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Statements run through {@link PlannedPerRun} are never prepared on a PostgreSQL server, so each run is planned
 * for its values, while the same statement run plainly is prepared after a few runs (and may get a generic plan).
 */
@OnPostgres
class PlannedPerRunOnPostgresTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aStatementRunManyTimesIsNeverPreparedOnTheServerButIsWhenRunPlainly() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
            NamedParameterJdbcTemplate plain = new NamedParameterJdbcTemplate(one);
            PlannedPerRun perRun = new PlannedPerRun(plain.getJdbcOperations());
            for (int run = 0; run < 10; run++) {
                assertThat(perRun.queryForObject("SELECT CAST(:n AS INTEGER) + 1 AS planned_per_run_marker",
                        Map.of("n", run), Integer.class)).isEqualTo(run + 1);
                assertThat(plain.queryForObject("SELECT CAST(:n AS INTEGER) + 1 AS prepared_marker",
                        Map.of("n", run), Integer.class)).isEqualTo(run + 1);
            }

            assertThat(preparedOnServer(plain, "planned_per_run_marker")).isZero();
            assertThat(preparedOnServer(plain, "prepared_marker")).isOne();
        }
    }

    private static long preparedOnServer(NamedParameterJdbcTemplate session, String marker) {
        return session.queryForObject("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE :text "
                + "AND statement NOT LIKE '%pg_prepared_statements%'", Map.of("text", "%" + marker + "%"), Long.class);
    }
}

/** On H2 the statements run as they are. */
@OnH2
class PlannedPerRunOnH2Tests {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void statementsRunAsTheyAre() {
        PlannedPerRun perRun = new PlannedPerRun(jdbc.getJdbcOperations());
        assertThat(perRun.queryForObject("SELECT CAST(:n AS INTEGER) + 1", Map.of("n", 41), Integer.class))
                .isEqualTo(42);
    }
}
