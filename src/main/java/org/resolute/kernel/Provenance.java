package org.resolute.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure comes from: the source (an id in the reference module's source list, or a free citation), the
 * date the source states it for, and how far it can be taken at its word.
 */
public record Provenance(String source, @Nullable LocalDate asOf, ProvenanceStatus status) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (source.isBlank()) {
            throw new IllegalArgumentException("A provenance needs a source");
        }
    }

    /**
     * The provenance of the row a query is on, from its {@code source}, {@code as_of} and
     * {@code provenance_status} columns, as every sourced table stores it.
     */
    public static Provenance read(ResultSet row) throws SQLException {
        return read(row, "source", row.getObject("as_of", LocalDate.class));
    }

    /**
     * The provenance of a row whose date comes from elsewhere (a table without an {@code as_of} column, or one
     * whose record's own date is the source's): its source from the named column, its status from
     * {@code provenance_status}.
     */
    public static Provenance read(ResultSet row, String sourceColumn, @Nullable LocalDate asOf) throws SQLException {
        return new Provenance(row.getString(sourceColumn), asOf,
                ProvenanceStatus.valueOf(row.getString("provenance_status")));
    }

    /**
     * The provenance of one of several a row holds (a mission's basis, launch and end each have their own source
     * and status columns): null when the row names none.
     */
    public static @Nullable Provenance read(ResultSet row, String sourceColumn, String statusColumn,
            @Nullable LocalDate asOf) throws SQLException {
        String source = row.getString(sourceColumn);
        String status = row.getString(statusColumn);
        return source == null || status == null ? null : new Provenance(source, asOf, ProvenanceStatus.valueOf(status));
    }

    public static Provenance illustrative(String basis, LocalDate asOf) {
        return new Provenance(basis, asOf, ProvenanceStatus.ILLUSTRATIVE);
    }

    public boolean isIllustrative() {
        return status == ProvenanceStatus.ILLUSTRATIVE;
    }
}
