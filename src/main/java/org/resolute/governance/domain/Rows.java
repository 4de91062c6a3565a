package org.resolute.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/** Reading and writing the provenance and marking columns every governance table shares; text checks. */
final class Rows {

    private Rows() {
    }

    static Provenance provenance(ResultSet rs) throws SQLException {
        return new Provenance(rs.getString("source"), rs.getObject("as_of", LocalDate.class),
                ProvenanceStatus.valueOf(rs.getString("provenance_status")));
    }

    static Marking marking(ResultSet rs) throws SQLException {
        return Marking.of(Classification.valueOf(rs.getString("classification")), rs.getString("releasable_to"));
    }

    static Map<String, Object> shared(Provenance provenance, Marking marking) {
        Map<String, Object> values = new HashMap<>();
        values.put("source", provenance.source());
        values.put("asOf", provenance.asOf());
        values.put("status", provenance.status().name());
        values.put("classification", marking.classification().name());
        values.put("releasableTo", marking.releasabilityText());
        return values;
    }

    /** The trimmed text; refused naming the field, with the reader's wording under {@code key}, when empty. */
    static String required(String value, String field, String key, String message, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text.isEmpty()) {
            throw new InvalidInput(field, key, message);
        }
        return text;
    }

    static String optional(String value, String field, int maxLength) {
        String text = value == null ? "" : value.trim();
        if (text.length() > maxLength) {
            throw new InvalidInput(field, "governance.error.tooLong", field + " is longer than " + maxLength
                    + " characters", maxLength);
        }
        return text;
    }

    static Provenance provenance(String source, LocalDate asOf, ProvenanceStatus status) {
        String checked = required(source, "source", "governance.error.source", "Name the source that states it",
                200);
        if (status == null) {
            throw new InvalidInput("status", "governance.error.status",
                    "Choose how far the record can be taken at its word");
        }
        return new Provenance(checked, asOf, status);
    }

    static String likeText(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
    }
}
