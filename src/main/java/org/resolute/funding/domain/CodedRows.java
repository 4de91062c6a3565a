package org.resolute.funding.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.resolute.kernel.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A public, unmarked table of rows known by their code (the funds, the donors): read whole in its order, one row
 * by its stored code, or one row by a code as a user typed it, in any case, which must name a row. Funds and donors
 * are read these three ways alike; each table says only its name, its order and how a row reads.
 */
final class CodedRows<T> {

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final String order;
    private final String what;
    private final RowMapper<T> rows;

    /**
     * @param what what a row is, for the error when a typed code names none ("Fund")
     */
    CodedRows(NamedParameterJdbcTemplate jdbc, String table, String order, String what, RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.order = order;
        this.what = what;
        this.rows = rows;
    }

    List<T> all() {
        return jdbc.query("SELECT * FROM " + table + " ORDER BY " + order, rows);
    }

    Optional<T> find(String code) {
        return jdbc.query("SELECT * FROM " + table + " WHERE code = :code", Map.of("code", code), rows).stream()
                .findFirst();
    }

    /** The row a code typed in any case names; {@link NotFound} naming the code when it names none. */
    T named(String code) {
        return find(code == null ? "" : code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound(what + " " + code));
    }
}
