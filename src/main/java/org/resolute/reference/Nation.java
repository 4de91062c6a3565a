package org.resolute.reference;

import org.springframework.modulith.NamedInterface;

/**
 * A country as ISO 3166-1 names it.
 *
 * @param code the alpha-3 code (USA), by which every module refers to a nation
 * @param alpha2 the alpha-2 code (US)
 * @param name the English short name
 */
@NamedInterface("api")
public record Nation(String code, String alpha2, String name) {
}
