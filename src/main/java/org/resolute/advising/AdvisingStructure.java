package org.resolute.advising;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What advising is organised around, as other modules read it: host institutions (a hierarchy, each with its
 * command and location), functional areas, and advisor positions with who holds them.
 */
@NamedInterface("api")
public interface AdvisingStructure {

    /** Every institution, parents before their children. */
    List<HostInstitution> institutions();

    List<FunctionalArea> areas();

    List<AdvisorPosition> positions();
}
