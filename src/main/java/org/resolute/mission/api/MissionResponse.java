package org.resolute.mission.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.MissionPhase;
import org.resolute.mission.MissionRecord;
import org.resolute.mission.domain.Milestone;

/**
 * The mission: its record, legal instruments with what each sets, phases and timeline.
 *
 * @param predecessorEndedOn the day the predecessor mission completed; null when none is recorded
 * @param endedOn the day the mission ended; null while it runs or when no recorded source states it
 */
record MissionResponse(String code, String name, String nature, String purpose, String hostNation,
        String invitation, ProvenanceResponse basis, LocalDate launchedOn, ProvenanceResponse launch,
        @Nullable String predecessor, @Nullable LocalDate predecessorEndedOn, ProvenanceResponse predecessorEnd, @Nullable LocalDate endedOn,
        @Nullable String endNote, ProvenanceResponse end, List<Instrument> legalInstruments, List<Phase> phases,
        List<Event> timeline) {

    /**
     * A legal instrument; dates it does not have or no source states are null.
     *
     * @param kind SOFA, UNSCR or OTHER
     * @param provisions what it sets, one line each
     */
    record Instrument(String kind, String title, String parties, @Nullable LocalDate signedOn, @Nullable LocalDate ratifiedOn,
            @Nullable LocalDate adoptedOn, @Nullable LocalDate expiresOn, List<String> provisions, @Nullable String note,
            ProvenanceResponse provenance) {

        static Instrument of(LegalInstrument instrument) {
            return new Instrument(instrument.kind().name(), instrument.title(), instrument.parties(),
                    instrument.signedOn(), instrument.ratifiedOn(), instrument.adoptedOn(), instrument.expiresOn(),
                    instrument.provisions(), instrument.note(), ProvenanceResponse.of(instrument.provenance()));
        }
    }

    /** A phase; {@code until} is null while it lasts or when no source states its end. */
    record Phase(String name, LocalDate from, LocalDate until, String description, ProvenanceResponse provenance) {

        static Phase of(MissionPhase phase) {
            return new Phase(phase.name(), phase.from(), phase.until(), phase.description(),
                    ProvenanceResponse.of(phase.provenance()));
        }
    }

    /** A dated event of the timeline. */
    record Event(LocalDate date, String event, ProvenanceResponse provenance) {

        static Event of(Milestone milestone) {
            return new Event(milestone.date(), milestone.event(), ProvenanceResponse.of(milestone.provenance()));
        }
    }

    static MissionResponse of(MissionRecord mission, List<LegalInstrument> instruments, List<MissionPhase> phases,
            List<Milestone> timeline) {
        return new MissionResponse(mission.code(), mission.name(), mission.nature(), mission.purpose(),
                mission.hostNation(), mission.invitation(), ProvenanceResponse.of(mission.basis()),
                mission.launchedOn(), ProvenanceResponse.of(mission.launch()), mission.predecessor(),
                mission.predecessorEndedOn(), ProvenanceResponse.of(mission.predecessorEnd()), mission.endedOn(),
                mission.endNote(), ProvenanceResponse.of(mission.end()),
                instruments.stream().map(Instrument::of).toList(), phases.stream().map(Phase::of).toList(),
                timeline.stream().map(Event::of).toList());
    }
}
