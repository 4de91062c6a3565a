package org.resolute.mission.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Provenance;

/**
 * Where a fact comes from.
 *
 * @param source source ids of /api/v1/sources, separated by ';', or a citation
 * @param asOf the date the source states the fact for; null when it gives none
 * @param status EXACT, APPROXIMATE, LOWER_BOUND, UPPER_BOUND, NATIONAL_CAP or ILLUSTRATIVE
 */
record ProvenanceResponse(String source, @Nullable LocalDate asOf, String status) {

    static ProvenanceResponse of(Provenance provenance) {
        return provenance == null ? null
                : new ProvenanceResponse(provenance.source(), provenance.asOf(), provenance.status().name());
    }
}
