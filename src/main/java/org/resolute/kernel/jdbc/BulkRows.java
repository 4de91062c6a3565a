package org.resolute.kernel.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows at once, inside the caller's transaction: through {@code COPY ... FROM STDIN} on PostgreSQL
 * (one round trip for the whole set), through batched INSERTs on other databases. Imports and the audit entries
 * they cause go through here, so a file of twenty thousand lines costs a few statements, not forty thousand.
 */
@Component
public class BulkRows {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    BulkRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param table the table, as the connection's search path finds it
     * @param columns the columns each row gives values for, in order
     * @param rows one array of values per row: strings, numbers, booleans, enums, UUIDs, dates, instants,
     *        offset date-times or timestamps; {@code null} for SQL NULL
     */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
            } else {
                batch(connection, table, columns, rows);
            }
            return null;
        });
    }

    /**
     * Inserts a few rows (one record's) through batched INSERTs on every database, inside the caller's transaction:
     * COPY's extra round trip costs more than it saves for so few.
     */
    public void insertFew(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            batch(connection, table, columns, rows);
            return null;
        });
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 64 * columns.size());
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
        }
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** An unquoted empty field is NULL in COPY's CSV format; every other value is quoted. */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = text(value);
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    private static String text(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + Collections.nCopies(columns.size(), "?").stream().collect(Collectors.joining(", ")) + ")";
        try (var statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, jdbcValue(row[i]));
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
