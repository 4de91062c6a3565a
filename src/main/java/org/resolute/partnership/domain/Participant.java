package org.resolute.partnership.domain;

import java.util.UUID;

/**
 * Who took part in an activity. Host institutions are named here until the advising module owns them.
 *
 * @param nation ISO 3166 alpha-3 code of the participant's nation; empty when not recorded
 * @param role what part they played (speaker, delegation, trainee...)
 * @param headcount how many people the participant stands for: 1 for a person, the delegation's size otherwise
 */
public record Participant(UUID id, UUID activity, ParticipantKind kind, String name, String nation, String role,
        int headcount) {
}
