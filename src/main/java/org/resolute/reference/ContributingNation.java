package org.resolute.reference;

import org.springframework.modulith.NamedInterface;

/**
 * A nation listed as contributing to a mission, with its standing during the mission as the list gives it.
 *
 * @param mission the mission's short name, e.g. {@value Nations#RESOLUTE_SUPPORT}
 * @param nameInSource the name the source list uses
 * @param inAdvisorNationList whether the source lists it among the advisor nations
 */
@NamedInterface("api")
public record ContributingNation(String mission, Nation nation, String nameInSource,
        MembershipKind statusDuringMission, boolean inAdvisorNationList, String sourceId, String statusNote,
        String note) {
}
