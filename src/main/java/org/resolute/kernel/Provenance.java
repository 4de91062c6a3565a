package org.resolute.kernel;

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

    public static Provenance illustrative(String basis, LocalDate asOf) {
        return new Provenance(basis, asOf, ProvenanceStatus.ILLUSTRATIVE);
    }

    public boolean isIllustrative() {
        return status == ProvenanceStatus.ILLUSTRATIVE;
    }
}
