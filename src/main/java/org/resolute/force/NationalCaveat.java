package org.resolute.force;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A limit a nation puts on the use of its forces, as a rule Resolute checks.
 *
 * @param code how users cite it, e.g. C-DEU-1
 * @param nation ISO 3166 alpha-3 code
 * @param values the regions, location codes or activity names of a listed kind; empty otherwise
 * @param limit the number of a numeric kind; null otherwise
 * @param description the caveat as the nation words it
 */
@NamedInterface("api")
public record NationalCaveat(UUID id, String code, String nation, CaveatKind kind, List<String> values,
        @Nullable Integer limit, String description, Provenance provenance, Marking marking) implements Marked {

    public NationalCaveat {
        values = List.copyOf(values);
    }
}
