package org.resolute.mission;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The missions Resolute runs: each one's record, legal basis, phases and the timeline they make together. */
@NamedInterface("api")
public interface Missions {

    /** Every mission recorded, by launch date. */
    List<MissionRecord> all();

    /** The mission run here: the latest launched; empty before any is recorded. */
    Optional<MissionRecord> current();

    Optional<MissionRecord> find(String code);

    /** The mission's legal instruments, by the day they took effect. */
    List<LegalInstrument> instrumentsOf(String mission);

    /** The mission's phases, oldest first. */
    List<MissionPhase> phasesOf(String mission);

    /**
     * Adds a legal instrument to the mission's basis (an administrator's act); {@link org.resolute.kernel.InvalidInput}
     * naming the field when it is incomplete or inconsistent, {@link org.resolute.kernel.NotFound} for an unknown
     * mission. It reaches the audit trail.
     */
    LegalInstrument recordInstrument(NewInstrument instrument);
}
