package org.resolute.governance.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.resolute.kernel.Classification;
import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Marking;
import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeilings;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The meetings, decisions and reaffirmations of {@code meetings_and_milestones.csv} and the fact sheet, with
 * what they changed in the mission module, and one illustrative conditions review; loaded once on the first start.
 */
@Component
@Profile("demo")
class GovernanceDemoData extends DemoPart {

    private final MeetingBook meetings;
    private final DecisionBook decisions;
    private final ReviewBook reviews;
    private final MeetingTables meetingTables;
    private final TroopCeilings ceilings;
    private final Missions missions;

    GovernanceDemoData(MeetingBook meetings, DecisionBook decisions, ReviewBook reviews,
            MeetingTables meetingTables, TroopCeilings ceilings, Missions missions) {
        super("demo.dataset.governance", 50);
        this.meetings = meetings;
        this.decisions = decisions;
        this.reviews = reviews;
        this.meetingTables = meetingTables;
        this.ceilings = ceilings;
        this.missions = missions;
    }

    @Override
    public void load() {
        if (meetingTables.count() > 0) {
            return;
        }
        Map<String, UUID> keys = new HashMap<>();
        read("meetings.csv", record -> record).forEach(record -> keys.put(record.required("key"),
                meetings.record(meeting(record)).id()));
        read("decisions.csv", record -> record).forEach(record -> {
            UUID id = decisions.record(decision(record, keys)).id();
            keys.put(record.required("key"), id);
            if (!record.text("effect_kind").isEmpty()) {
                EffectKind kind = record.oneOf("effect_kind", EffectKind.class);
                decisions.link(id, new NewEffect(kind, recordId(kind, record.text("effect_ref")),
                        record.text("effect_summary")));
            }
        });
        loadReviews(keys);
    }

    private void loadReviews(Map<String, UUID> keys) {
        Map<String, List<NewReview.Indicator>> indicators = new HashMap<>();
        read("indicators.csv", record -> record).forEach(record -> indicators.computeIfAbsent(
                record.required("review"), key -> new ArrayList<>()).add(new NewReview.Indicator(
                        record.oneOf("kind", IndicatorKind.class), record.required("name"), record.required("value"),
                        record.text("figure").isEmpty() ? null : new BigDecimal(record.text("figure")),
                        record.required("source"), record.optionalDate("as_of"),
                        record.oneOf("provenance_status", ProvenanceStatus.class))));
        read("reviews.csv", record -> record).forEach(record -> reviews.record(new NewReview(
                record.date("reviewed_on"), record.required("title"), keys.get(record.text("meeting")),
                record.required("assessment"), keys.get(record.text("decision")), true,
                indicators.getOrDefault(record.required("key"), List.of()), record.required("source"), null,
                record.oneOf("provenance_status", ProvenanceStatus.class),
                Marking.of(record.oneOf("classification", Classification.class), ""))));
    }

    /**
     * The id of the record a decision changed, found by what the demo file names; a funding horizon is named
     * FUND:YEAR and recorded through the funding module when the decision is linked.
     */
    private String recordId(EffectKind kind, String name) {
        if (name.isEmpty()) {
            return null;
        }
        String mission = missions.current().orElseThrow().code();
        return switch (kind) {
            case TROOP_CEILING -> ceilings.all().stream().filter(ceiling -> ceiling.kind() == CeilingKind.MISSION
                    && ceiling.from().toString().equals(name.substring(name.indexOf(':') + 1))).findFirst()
                    .orElseThrow().id().toString();
            case MISSION_PHASE -> missions.phasesOf(mission).stream().filter(phase -> phase.name().equals(name))
                    .findFirst().orElseThrow().id().toString();
            case LEGAL_INSTRUMENT -> missions.instrumentsOf(mission).stream()
                    .filter(instrument -> instrument.kind().name().equals(name)).findFirst().orElseThrow().id()
                    .toString();
            case FUNDING_HORIZON -> name;
            default -> null;
        };
    }

    private static NewMeeting meeting(CsvRecord record) {
        return new NewMeeting(record.oneOf("kind", MeetingKind.class), record.required("title"),
                record.date("starts_on"), record.date("ends_on"), record.required("place"), record.text("summary"),
                record.required("source"), null, record.oneOf("provenance_status", ProvenanceStatus.class),
                Marking.PUBLIC);
    }

    private static NewDecision decision(CsvRecord record, Map<String, UUID> keys) {
        return new NewDecision(keys.get(record.text("meeting")), record.oneOf("kind", DecisionKind.class),
                record.required("title"), record.required("text"), record.date("decided_on"),
                record.optionalDate("effective_from"), record.optionalDate("effective_until"),
                keys.get(record.text("reaffirms")), record.required("source"), null,
                record.oneOf("provenance_status", ProvenanceStatus.class), Marking.PUBLIC, null);
    }

    private static <T> List<T> read(String file, Function<CsvRecord, T> reader) {
        return OwnFiles.csv("governance", file, List.of(), reader);
    }
}
