package org.resolute.mission.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.resolute.kernel.Ids;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.LegalInstrument;
import org.resolute.mission.MissionPhase;
import org.resolute.mission.MissionRecord;
import org.resolute.mission.Missions;
import org.resolute.mission.NewInstrument;
import org.resolute.mission.TroopCeiling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mission records, their legal basis and phases, and the timeline composed from them and the ceilings. */
@Service
@Transactional(readOnly = true)
public class MissionBook implements Missions {

    private final RecordTables records;
    private final MissionTables tables;
    private final ApplicationEventPublisher events;

    MissionBook(RecordTables records, MissionTables tables, ApplicationEventPublisher events) {
        this.records = records;
        this.tables = tables;
        this.events = events;
    }

    @Override
    @Transactional
    public LegalInstrument recordInstrument(NewInstrument instrument) {
        InstrumentRules.check(instrument);
        if (find(instrument.mission()).isEmpty()) {
            throw new NotFound("mission " + instrument.mission());
        }
        LegalInstrument stored = new LegalInstrument(Ids.next(), instrument.mission(), instrument.kind(),
                instrument.title().strip(), instrument.parties().strip(), instrument.signedOn(),
                instrument.ratifiedOn(), instrument.adoptedOn(), instrument.expiresOn(), instrument.provisions(),
                instrument.note(), new Provenance(instrument.source().strip(), null, ProvenanceStatus.EXACT));
        records.insert(stored);
        events.publishEvent(RecordChanged.saved("LegalInstrument", stored.id(), stored, Marking.PUBLIC));
        return stored;
    }

    @Override
    public List<MissionRecord> all() {
        return records.missions();
    }

    @Override
    public Optional<MissionRecord> current() {
        List<MissionRecord> all = records.missions();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public Optional<MissionRecord> find(String code) {
        return records.missions().stream().filter(mission -> mission.code().equalsIgnoreCase(code)).findFirst();
    }

    @Override
    public List<LegalInstrument> instrumentsOf(String mission) {
        return records.instruments(mission).stream().sorted(Comparator.comparing(LegalInstrument::effectiveOn,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(LegalInstrument::title)).toList();
    }

    @Override
    public List<MissionPhase> phasesOf(String mission) {
        return records.phases(mission);
    }

    /**
     * The mission's life in date order: its predecessor's end, its instruments' signature, ratification and
     * adoption, its launch, its phases, the changes of its troop ceiling, and its end.
     */
    public List<Milestone> timelineOf(String code) {
        MissionRecord mission = find(code).orElse(null);
        if (mission == null) {
            return List.of();
        }
        List<Milestone> events = new ArrayList<>();
        if (mission.predecessorEndedOn() != null) {
            add(events, mission.predecessorEndedOn(), mission.predecessor() + " completed", mission.predecessorEnd(),
                    "predecessorEnded", mission.predecessor());
        }
        for (LegalInstrument instrument : instrumentsOf(code)) {
            String title = instrument.title();
            add(events, instrument.signedOn(), title + " signed", instrument.provenance(), "signed", title);
            add(events, instrument.ratifiedOn(), title + " ratified", instrument.provenance(), "ratified", title);
            add(events, instrument.adoptedOn(), title + " adopted", instrument.provenance(), "adopted", title);
            add(events, instrument.expiresOn(), title + " expires", instrument.provenance(), "expires", title);
        }
        add(events, mission.launchedOn(), mission.name() + " launched", mission.launch(), "launched", mission.name());
        for (MissionPhase phase : phasesOf(code)) {
            add(events, phase.from(), "Phase begins: " + phase.name(), phase.provenance(), "phaseBegins", phase.name());
            add(events, phase.until(), "Phase ends: " + phase.name(), phase.provenance(), "phaseEnds", phase.name());
        }
        for (TroopCeiling ceiling : tables.ceilings()) {
            if (ceiling.kind() == CeilingKind.MISSION) {
                add(events, ceiling.from(), "Mission ceiling of " + String.format(Locale.ROOT, "%,d", ceiling.troops())
                        + " troops in force: " + ceiling.basis(), ceiling.provenance(), "ceiling", ceiling.troops(),
                        ceiling.basis());
            }
        }
        add(events, mission.endedOn(), mission.name() + " ended", mission.end(), "ended", mission.name());
        events.sort(Comparator.comparing(Milestone::date));
        return List.copyOf(events);
    }

    /** Adds the event if it has a date; {@code key} names its wording, {@code mission.milestone.<key>}. */
    private static void add(List<Milestone> events, LocalDate date, String event, Provenance provenance, String key,
            Object... arguments) {
        if (date != null) {
            events.add(new Milestone(date, event, provenance, "mission.milestone." + key, List.of(arguments)));
        }
    }
}
