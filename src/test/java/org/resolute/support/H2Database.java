package org.resolute.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** An in-memory H2 database in PostgreSQL mode, as the embedded default runs it, for one test run. */
public class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = url("resolute-test");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=sa",
                "spring.datasource.password=").applyTo(context);
    }

    String url() {
        return URL;
    }

    static String url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
    }

    /** The browser tests' own database, so that their server and the other tests never share rows. */
    public static final class ForBrowser extends H2Database {

        @Override
        String url() {
            return url("resolute-browser");
        }
    }

    /** A plain connection to the same database, for tests that tamper with rows behind the application's back. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }
}
