package org.resolute.kernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL plans every statement for the values it runs with, on every connection of the pool. */
@OnPostgres
class CustomPlansOnPostgresTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyConnectionPlansForTheValuesItRunsWith() {
        for (int i = 0; i < 12; i++) {
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}

/** H2 gets no PostgreSQL setting. */
@OnH2
class CustomPlansOnH2Tests {

    @Autowired
    DataSource dataSource;

    @Test
    void anotherDatabaseGetsNoPostgresSetting() {
        assertThat(dataSource).isInstanceOfSatisfying(HikariDataSource.class,
                pool -> assertThat(pool.getConnectionInitSql()).isNull());
    }
}
