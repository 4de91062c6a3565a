package org.resolute.mission;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A place where the mission's people are based.
 *
 * @param code short code used in imports, e.g. {@code MAZAR}
 * @param region North, West, South, East, Capital, Southwest, Southeast
 * @param capacity how many people its life support and force protection can take; null where not recorded
 */
@NamedInterface("api")
public record Location(String code, String name, String region, double latitude, double longitude,
        @Nullable Integer capacity, Provenance provenance) {
}
