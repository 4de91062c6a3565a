package org.resolute.kernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Bulk inserts keep every value exactly, NULL apart from the empty string, and join the caller's transaction. */
abstract class BulkRowsTests {

    private static final List<String> COLUMNS = List.of("id", "label", "on_day", "moment", "amount");

    @Autowired
    BulkRows bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String table = "bulk_rows_probe_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createTable() {
        jdbc.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, label VARCHAR(200), on_day DATE, "
                + "moment TIMESTAMP WITH TIME ZONE, amount BIGINT)");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE " + table);
    }

    @Test
    void everyValueArrivesAsGivenWithNullApartFromEmpty() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant moment = Instant.parse("2020-10-05T12:34:56.123456Z");
        new TransactionTemplate(transactions).executeWithoutResult(status -> bulk.insert(table, COLUMNS, List.of(
                new Object[] {first, "quote \" comma , line\nbreak", LocalDate.parse("2021-02-01"), moment, 42L},
                new Object[] {second, "", null, null, null})));

        Map<String, Object> one = jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", first);
        assertThat(one.get("label")).isEqualTo("quote \" comma , line\nbreak");
        assertThat(one.get("on_day").toString()).isEqualTo("2021-02-01");
        assertThat(jdbc.queryForObject("SELECT moment FROM " + table + " WHERE id = ?", OffsetDateTime.class, first)
                .toInstant()).isEqualTo(moment);
        assertThat(((Number) one.get("amount")).longValue()).isEqualTo(42L);
        Map<String, Object> two = jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", second);
        assertThat(two.get("label")).isEqualTo("");
        assertThat(two.get("on_day")).isNull();
        assertThat(two.get("amount")).isNull();
    }

    @Test
    void manyRowsArriveAndARolledBackTransactionLeavesNone() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(new Object[] {UUID.randomUUID(), "row " + i, null, null, (long) i});
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> bulk.insert(table, COLUMNS, rows));
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM " + table, Long.class)).isEqualTo(2_500L * 2_499 / 2);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            bulk.insert(table, COLUMNS, List.<Object[]>of(new Object[] {UUID.randomUUID(), "gone", null, null, 1L}));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE label = 'gone'", Long.class))
                .isZero();
    }
}

@OnH2
class BulkRowsOnH2Tests extends BulkRowsTests {
}

@OnPostgres
class BulkRowsOnPostgresTests extends BulkRowsTests {
}
