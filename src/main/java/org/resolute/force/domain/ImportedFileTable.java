package org.resolute.force.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The imports' records: written here, read only through the marking filter. */
@Repository
class ImportedFileTable {

    private final MarkedRecords marked;
    private final NamedParameterJdbcTemplate jdbc;

    ImportedFileTable(MarkedRecords marked, NamedParameterJdbcTemplate jdbc) {
        this.marked = marked;
        this.jdbc = jdbc;
    }

    void insert(ImportedFile file) {
        jdbc.update("""
                INSERT INTO force_strength_file (id, file_name, digest, stored, unchanged, first_date, last_date,
                    imported_by, imported_at, classification, releasable_to)
                VALUES (:id, :fileName, :digest, :stored, :unchanged, :firstDate, :lastDate, :importedBy,
                    :importedAt, :classification, :releasableTo)
                """, new MapSqlParameterSource().addValue("id", file.id()).addValue("fileName", file.fileName())
                .addValue("digest", file.digest()).addValue("stored", file.stored())
                .addValue("unchanged", file.unchanged()).addValue("firstDate", file.firstDate())
                .addValue("lastDate", file.lastDate()).addValue("importedBy", file.importedBy())
                .addValue("importedAt", file.importedAt().atOffset(ZoneOffset.UTC))
                .addValue("classification", file.marking().classification().name())
                .addValue("releasableTo", file.marking().releasabilityText()));
    }

    Optional<ImportedFile> find(UUID id) {
        return marked.find(MarkedQuery.select("f.*").from("force_strength_file", "f").where("f.id = :id", "id", id),
                ImportedFileTable::file);
    }

    private static ImportedFile file(ResultSet row, int index) throws SQLException {
        return new ImportedFile(row.getObject("id", UUID.class), row.getString("file_name"),
                row.getString("digest"), row.getInt("stored"), row.getInt("unchanged"),
                row.getObject("first_date", LocalDate.class), row.getObject("last_date", LocalDate.class),
                row.getString("imported_by"), row.getObject("imported_at", OffsetDateTime.class).toInstant(),
                Marking.read(row));
    }
}
