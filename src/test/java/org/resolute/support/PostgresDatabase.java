package org.resolute.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;

/**
 * The test PostgreSQL server (RESOLUTE_TEST_DB_URL, _USER, _PASSWORD; by default the database that .ci/run
 * creates). Each test run starts from an empty schema of its own, so a run never sees an earlier run's rows.
 */
public final class PostgresDatabase implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = env("RESOLUTE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/resolute_test");
    static final String USER = env("RESOLUTE_TEST_DB_USER", "resolute");
    static final String PASSWORD = env("RESOLUTE_TEST_DB_PASSWORD", "resolute");
    static final String SCHEMA = "run_" + ProcessHandle.current().pid();
    private static boolean prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + URL);
        } catch (SQLException e) {
            return Infrastructure.missing("no PostgreSQL at " + URL + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        prepareSchema();
        TestPropertyValues.of(
                "spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                "spring.flyway.schemas=" + SCHEMA,
                "spring.flyway.default-schema=" + SCHEMA).applyTo(context);
    }

    /** A plain connection to this run's schema, for tests that tamper with rows behind the application's back. */
    public static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
        }
        return connection;
    }

    private static synchronized void prepareSchema() {
        if (prepared) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            prepared = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test schema on " + URL, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
