package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Reads and writes the provenance and marking columns every funding record carries. */
final class Provenances {

    private Provenances() {
    }

    static Provenance provenance(ResultSet row) throws SQLException {
        return new Provenance(row.getString("source"), row.getObject("as_of", LocalDate.class),
                ProvenanceStatus.valueOf(row.getString("provenance_status")));
    }

    static Marking marking(ResultSet row) throws SQLException {
        return Marking.of(Classification.valueOf(row.getString("classification")), row.getString("releasable_to"));
    }

    static MapSqlParameterSource add(MapSqlParameterSource parameters, Provenance provenance, Marking marking) {
        return parameters.addValue("source", provenance.source()).addValue("asOf", provenance.asOf())
                .addValue("provenanceStatus", provenance.status().name())
                .addValue("classification", marking.classification().name())
                .addValue("releasableTo", marking.releasabilityText());
    }
}
