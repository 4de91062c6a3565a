package org.resolute.force.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

    Optional<Replay> find(String key) {
        return jdbc.query("SELECT stored, unchanged, import_id, request_hash FROM force_strength_import "
                + "WHERE idempotency_key = :key", Map.of("key", key), (row, index) -> new Replay(new StrengthImport(
                        row.getInt("stored"), row.getInt("unchanged"), row.getObject("import_id", UUID.class)),
                        row.getString("request_hash")))
                .stream().findFirst();
    }

    /**
     * Takes the key for an import about to run, in its transaction: a concurrent claim of the same key waits for
     * this transaction and then fails on the primary key.
     */
    void claim(String key, String requestHash, String requestedBy) {
        jdbc.update("""
                INSERT INTO force_strength_import (idempotency_key, request_hash, requested_by, stored, unchanged,
                                                   created_at)
                VALUES (:key, :requestHash, :requestedBy, 0, 0, :createdAt)
                """, Map.of("key", key, "requestHash", requestHash, "requestedBy", requestedBy,
                "createdAt", Timestamp.from(clock.instant())));
    }

    /** Keeps the import's result with its claimed key. */
    void complete(String key, StrengthImport result) {
        jdbc.update("UPDATE force_strength_import SET stored = :stored, unchanged = :unchanged, "
                + "import_id = :importId WHERE idempotency_key = :key", new MapSqlParameterSource("key", key)
                .addValue("stored", result.stored()).addValue("unchanged", result.unchanged())
                .addValue("importId", result.importId()));
    }

    /** An import's result and the hash of the file it imported (null: imported before hashes were kept). */
    record Replay(StrengthImport result, String requestHash) {
    }
}
