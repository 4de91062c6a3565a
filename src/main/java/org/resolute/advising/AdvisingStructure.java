package org.resolute.advising;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What advising is organised around: host institutions (a hierarchy, each with its command and location),
 * functional areas, roadmap pillars, advisor positions and who holds them; and the provisional people and places
 * that leads merge into known ones.
 */
public interface AdvisingStructure {

    /** Every institution, parents before their children. */
    List<HostInstitution> institutions();

    /** The institution's code and the codes of every institution below it. */
    List<String> withDescendants(String institution);

    List<FunctionalArea> areas();

    List<RoadmapPillar> pillars();

    List<AdvisorPosition> positions();

    /** Leads only; refuses an unknown nation, command, location, area or institution, naming the field. */
    AdvisorPosition createPosition(NewPosition position);

    /** Puts a person (by name; a new name is added as an advisor) into a position from a date. */
    AdvisorPosition assign(UUID position, String personName, LocalDate from, LocalDate until);

    /** People and places entered provisionally in engagements the viewer may see. */
    List<ProvisionalEntry> provisional();

    /** Known people and places of the kind, to merge into. */
    List<KnownEntry> known(String kind);

    /** Leads only: every engagement that names the provisional entry names the known one instead. */
    void merge(UUID provisional, UUID into);
}
