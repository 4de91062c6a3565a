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
public class PostgresDatabase implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = env("RESOLUTE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/resolute_test");
    static final String USER = env("RESOLUTE_TEST_DB_USER", "resolute");
    static final String PASSWORD = env("RESOLUTE_TEST_DB_PASSWORD", "resolute");
    static final String SCHEMA = "run_" + ProcessHandle.current().pid();
    private static final java.util.Set<String> PREPARED = new java.util.HashSet<>();

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
        String schema = schema();
        prepareSchema(schema);
        TestPropertyValues.of(
                "spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                "spring.flyway.schemas=" + schema,
                "spring.flyway.default-schema=" + schema).applyTo(context);
    }

    String schema() {
        return SCHEMA;
    }

    /** An empty schema of its own, for a test of a first start in the production profile. */
    public static final class FreshInstallation extends PostgresDatabase {

        @Override
        String schema() {
            return SCHEMA + "_fresh";
        }
    }

    /** A plain connection to this run's schema, for tests that tamper with rows behind the application's back. */
    public static Connection connect() throws SQLException {
        return connect(SCHEMA);
    }

    /** A plain connection to one of this run's schemas. */
    public static Connection connect(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    /**
     * An empty schema of this run's own (dropped by a later run) for an application started as a separate
     * process, and the command-line arguments that point that application at it.
     */
    public static Separate separateApplication(String name) {
        String schema = SCHEMA + "_" + name;
        prepareSchema(schema);
        return new Separate(schema, java.util.List.of(
                "--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
    }

    /** A separate application's schema and the arguments that point it there. */
    public record Separate(String schema, java.util.List<String> arguments) {
    }

    private static synchronized void prepareSchema(String schema) {
        if (PREPARED.contains(schema)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            dropSchemasOfEarlierRuns(statement);
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            PREPARED.add(schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test schema on " + URL, e);
        }
    }

    /** Schemas left by earlier runs whose process has ended (a run that was killed cannot drop its own). */
    private static void dropSchemasOfEarlierRuns(Statement statement) throws SQLException {
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (var rows = statement.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'run\\_%'")) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        }
        for (String schema : stale) {
            long pid = Long.parseLong(schema.replaceAll("^run_(\\d+).*$", "$1"));
            if (ProcessHandle.of(pid).isEmpty()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
