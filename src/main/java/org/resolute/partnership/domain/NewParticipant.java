package org.resolute.partnership.domain;

/** A participant to add to an activity; a null headcount counts one. */
public record NewParticipant(ParticipantKind kind, String name, String nation, String role, Integer headcount) {
}
