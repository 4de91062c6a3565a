package org.resolute.governance.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.resolute.funding.FundingHorizon;
import org.resolute.funding.FundingHorizons;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedBook;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions and commitments, limited to what the current viewer may see, with their reaffirmations and what
 * they changed. Administrators record them; a decision that sets a troop ceiling records it through the mission
 * module, which names the decision beside the ceiling.
 */
@Service
@Transactional(readOnly = true)
public class DecisionBook extends MarkedBook<GovernanceFilter, Decision> {

    private final DecisionTables tables;
    private final MeetingTables meetings;
    private final DecisionRules rules;
    private final EffectLinks links;
    private final FundingHorizons horizons;
    private final TroopCeilings ceilings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionBook(DecisionTables tables, MeetingTables meetings, DecisionRules rules, EffectLinks links,
            FundingHorizons horizons, TroopCeilings ceilings, ApplicationEventPublisher events, Clock clock) {
        super(tables);
        this.tables = tables;
        this.meetings = meetings;
        this.rules = rules;
        this.links = links;
        this.horizons = horizons;
        this.ceilings = ceilings;
        this.events = events;
        this.clock = clock;
    }

    public Optional<DecisionHistory> find(UUID id) {
        return tables.find(id).map(decision -> {
            UUID commitment = decision.reaffirms() == null ? decision.id() : decision.reaffirms();
            List<DecisionHistory.Reaffirmed> history = new ArrayList<>();
            tables.history(commitment).forEach(step -> history.add(new DecisionHistory.Reaffirmed(step,
                    meetingOf(step))));
            return new DecisionHistory(decision, meetingOf(decision), tables.effects(id), history);
        });
    }

    /** The decisions taken at a meeting, oldest first. */
    public List<Decision> takenAt(UUID meeting) {
        return tables.takenAt(meeting);
    }

    @Transactional
    /**
     * Records a decision and, when it sets one, the new mission ceiling in the same transaction.
     * {@link InvalidInput} names the field at fault: title, text and source are required; a reaffirmation must
     * name a visible commitment, and only a reaffirmation may; the effect's end may not come before its start; a
     * ceiling's fields are checked by the mission module.
     */
    public Decision record(NewDecision request) {
        Meeting meeting = request.meeting() == null ? null : meetings.find(request.meeting())
                .orElseThrow(() -> new InvalidInput("meeting", "No such meeting is recorded"));
        Decision reaffirmed = request.reaffirms() == null ? null : tables.find(request.reaffirms())
                .orElseThrow(() -> new InvalidInput("reaffirms", "No such commitment is recorded"));
        Decision decision = rules.check(Ids.next(), request, meeting, reaffirmed);
        tables.insert(decision);
        events.publishEvent(RecordChanged.saved("Decision", decision.id(), decision, decision.marking()));
        if (request.ceiling() != null) {
            setCeiling(decision, meeting, request.ceiling());
        }
        return decision;
    }

    @Transactional
    /** Links a decision to a record it changed; the record must exist in its module. */
    public DecisionEffect link(UUID decision, NewEffect effect) {
        Decision found = tables.find(decision).orElseThrow(() -> new NotFound("Decision"));
        if (effect.kind() == EffectKind.FUNDING_HORIZON && effect.recordRef() != null
                && effect.recordRef().contains(":")) {
            return store(found, setHorizon(found, effect));
        }
        return store(found, links.check(effect));
    }

    /** The decisions that changed a record, e.g. the decisions behind a legal instrument. */
    public List<DecisionEffect> effectsOn(EffectKind kind, String recordRef) {
        return tables.effectsOn(kind, recordRef).stream()
                .filter(effect -> tables.find(effect.decision()).isPresent()).toList();
    }

    private void setCeiling(Decision decision, Meeting meeting, CeilingChange change) {
        String basis = decision.title() + (meeting == null ? "" : " (" + meeting.title() + ", "
                + meeting.endsOn() + ")");
        TroopCeiling ceiling = ceilings.record(new NewCeiling(CeilingKind.MISSION, null, change.troops(),
                change.from(), change.until(), basis.length() > 400 ? basis.substring(0, 400) : basis,
                EffectLinks.decisionPath(decision.id()),
                change.source() == null || change.source().isBlank() ? decision.provenance().source()
                        : change.source(),
                decision.decidedOn(), change.status() == null ? decision.provenance().status() : change.status()));
        store(decision, new NewEffect(EffectKind.TROOP_CEILING, ceiling.id().toString(),
                "Mission ceiling of " + String.format(Locale.ENGLISH, "%,d", ceiling.troops())
                        + " troops from " + ceiling.from()
                        + ceiling.until().map(until -> " until " + until).orElse("")));
    }

    /**
     * A decision that commits a fund's support through a year ({@code recordRef} "FUND:YEAR", e.g. "ANATF:2024")
     * records the horizon through the funding module's API, which links back to the decision.
     */
    private NewEffect setHorizon(Decision decision, NewEffect effect) {
        String[] parts = effect.recordRef().trim().split(":", 2);
        int year;
        try {
            year = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("recordRef", "governance.error.horizon",
                    "write a funding horizon as FUND:YEAR, e.g. ANATF:2024");
        }
        FundingHorizon horizon;
        try {
            horizon = horizons.record(parts[0].trim(), year, decision.title(), EffectLinks.decisionPath(decision.id()),
                    decision.provenance().source());
        } catch (NotFound unknownFund) {
            throw new InvalidInput("fund", "governance.error.fund", "there is no fund '" + parts[0].trim() + "'",
                    parts[0].trim());
        }
        String summary = effect.summary() == null || effect.summary().isBlank()
                ? horizon.fund() + " support committed through " + horizon.throughYear() : effect.summary().strip();
        return new NewEffect(EffectKind.FUNDING_HORIZON, horizon.id().toString(), summary);
    }

    private DecisionEffect store(Decision decision, NewEffect effect) {
        DecisionEffect stored = new DecisionEffect(Ids.next(), decision.id(), effect.kind(), effect.recordRef(),
                effect.summary(), EffectLinks.link(effect.kind(), effect.recordRef()), Viewers.current().username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        tables.insert(stored);
        events.publishEvent(RecordChanged.saved("DecisionEffect", stored.id(), stored, decision.marking()));
        return stored;
    }

    private Meeting meetingOf(Decision decision) {
        return decision.meeting() == null ? null : meetings.find(decision.meeting()).orElse(null);
    }
}
