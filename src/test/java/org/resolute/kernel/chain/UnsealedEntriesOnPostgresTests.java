package org.resolute.kernel.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the sealers of both chains (the journal's and the audit trail's) find the entries waiting for them
 * through a partial index of just those entries, in the order they seal them: it stays as small as the backlog and
 * a seal writes nothing into it. A full index there made the sealers fall tens of seconds behind a saturating load
 * (docs/benchmarks.md, "Ledger, 2026-12-05, evening").
 */
@OnPostgres
class UnsealedEntriesOnPostgresTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachChainedTableIndexesItsUnsealedEntriesApartInSealingOrder() {
        for (String table : new String[] {"funding_entry", "audit_entry"}) {
            String definition = jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                    + "current_schema() AND indexname = ?", String.class, table + "_unsealed");
            assertThat(definition).as(table).contains("(id)").endsWith("WHERE (chain_position IS NULL)");
        }
    }
}
