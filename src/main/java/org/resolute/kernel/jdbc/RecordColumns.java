package org.resolute.kernel.jdbc;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * The parameters of the marking and provenance columns every marked, sourced table carries ({@code
 * classification}, {@code releasable_to}; {@code source}, {@code as_of}, {@code provenance_status}), bound under
 * one set of names so that every table's SQL reads {@code :classification}, {@code :releasableTo}, {@code
 * :source}, {@code :asOf} and {@code :provenanceStatus}. Reading them back is the value types' own:
 * {@link Marking#read}, {@link Provenance#read}.
 */
public final class RecordColumns {

    private RecordColumns() {
    }

    public static MapSqlParameterSource marking(MapSqlParameterSource parameters, Marking marking) {
        return parameters.addValue("classification", marking.classification().name())
                .addValue("releasableTo", marking.releasabilityText());
    }

    public static MapSqlParameterSource provenance(MapSqlParameterSource parameters, Provenance provenance) {
        return parameters.addValue("source", provenance.source()).addValue("asOf", provenance.asOf())
                .addValue("provenanceStatus", provenance.status().name());
    }
}
