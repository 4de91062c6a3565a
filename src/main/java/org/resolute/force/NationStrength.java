package org.resolute.force;

import java.util.List;

import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A nation's troops as of a date: the sum of its latest report at each command and location on or before it.
 *
 * @param provenance the provenance of the sum: the weakest status among the reports with troops, their sources
 * @param reports the reports summed
 */
@NamedInterface("api")
public record NationStrength(String nation, int troops, Provenance provenance, List<StrengthReport> reports) {

    public NationStrength {
        reports = List.copyOf(reports);
    }
}
