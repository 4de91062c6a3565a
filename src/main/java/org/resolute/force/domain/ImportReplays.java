package org.resolute.force.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.resolute.force.StrengthImport;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The result of each import sent with an Idempotency-Key, so that a replay answers the first result. */
@Repository
class ImportReplays {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ImportReplays(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StrengthImport> find(String key) {
        return jdbc.query("SELECT stored, unchanged FROM force_strength_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, index) -> new StrengthImport(row.getInt("stored"), row.getInt("unchanged")))
                .stream().findFirst();
    }

    void remember(String key, String requestedBy, StrengthImport result) {
        jdbc.update("""
                INSERT INTO force_strength_import (idempotency_key, requested_by, stored, unchanged, created_at)
                VALUES (:key, :requestedBy, :stored, :unchanged, :createdAt)
                """, Map.of("key", key, "requestedBy", requestedBy, "stored", result.stored(), "unchanged",
                result.unchanged(), "createdAt", Timestamp.from(clock.instant())));
    }
}
