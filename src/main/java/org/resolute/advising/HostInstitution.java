package org.resolute.advising;

import org.springframework.modulith.NamedInterface;

/**
 * A host-nation institution that advisors advise: a ministry, a corps, an air wing, the special operations
 * forces, a police zone.
 *
 * @param parent the code of the institution above it, or null for the top of the hierarchy
 * @param command the mission command that advises it (mission module's code)
 * @param location the mission location its advisors work from (mission module's code)
 * @param source the public source that names it
 */
@NamedInterface("api")
public record HostInstitution(String code, String name, InstitutionKind kind, String parent, String command,
        String location, String source) {
}
