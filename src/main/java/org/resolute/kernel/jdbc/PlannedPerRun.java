package org.resolute.kernel.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.ParameterDisposer;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Runs statements that PostgreSQL plans anew for the values of each run. The JDBC driver prepares a statement on
 * the server after a few runs, and PostgreSQL may then switch to one generic plan for all values; for searches (a
 * word in a text, a range of dates, a marking) the generic plan can be a hundred times slower than the plan for
 * the actual values (189 ms against 0.4 ms for a common word over a year of a million engagements). Statements
 * run here are never prepared on the server, so each run is planned with its values. Only the searches need
 * this: key look-ups, inserts and updates keep their cached plans, for which planning every run would be pure
 * cost. Other databases run the statements as they are.
 */
public final class PlannedPerRun extends NamedParameterJdbcTemplate {

    public PlannedPerRun(JdbcOperations jdbc) {
        super(jdbc);
    }

    @Override
    protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource parameters,
            Consumer<PreparedStatementCreatorFactory> customizer) {
        return new Unprepared(super.getPreparedStatementCreator(sql, parameters, customizer));
    }

    /** The driver's statement with server-side preparing switched off; SQL and clean-up as the original's. */
    private record Unprepared(PreparedStatementCreator creator)
            implements PreparedStatementCreator, SqlProvider, ParameterDisposer {

        @Override
        public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
            PreparedStatement statement = creator.createPreparedStatement(connection);
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            return statement;
        }

        @Override
        public String getSql() {
            return creator instanceof SqlProvider provider ? provider.getSql() : null;
        }

        @Override
        public void cleanupParameters() {
            if (creator instanceof ParameterDisposer disposer) {
                disposer.cleanupParameters();
            }
        }
    }
}
