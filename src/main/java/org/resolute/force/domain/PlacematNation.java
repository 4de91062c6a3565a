package org.resolute.force.domain;

import org.resolute.kernel.Provenance;

/**
 * A nation's line on the placemat.
 *
 * @param nation ISO 3166 alpha-3 code
 * @param status "Ally" or "Operational partner" on the placemat's date (from the reference module)
 */
public record PlacematNation(String nation, String name, String status, int troops, Provenance provenance) {

    public boolean ally() {
        return "Ally".equals(status);
    }
}
