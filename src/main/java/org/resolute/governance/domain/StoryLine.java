package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.governance.Decision;
import org.resolute.governance.DecisionKind;
import org.resolute.governance.GovernanceFilter;
import org.resolute.governance.Meeting;
import org.resolute.governance.Timeline;
import org.resolute.governance.TimelineEntry;
import org.resolute.governance.TimelineKind;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timeline, composed from this module's records and the mission, force and partnership modules' APIs. */
@Service
@Transactional(readOnly = true)
class StoryLine implements Timeline {

    private final MeetingTables meetings;
    private final DecisionTables decisions;
    private final TroopCeilings ceilings;
    private final StrengthReports strength;
    private final PartnershipActivities partnership;
    private final Missions missions;

    StoryLine(MeetingTables meetings, DecisionTables decisions, TroopCeilings ceilings, StrengthReports strength,
            PartnershipActivities partnership, Missions missions) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.ceilings = ceilings;
        this.strength = strength;
        this.partnership = partnership;
        this.missions = missions;
    }

    @Override
    public List<TimelineEntry> entries(Set<TimelineKind> kinds, LocalDate from, LocalDate until) {
        Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(TimelineKind.values()) : kinds;
        GovernanceFilter period = new GovernanceFilter(null, from, until, null);
        List<TimelineEntry> entries = new ArrayList<>();
        if (wanted.contains(TimelineKind.MEETING)) {
            meetings.list(period).forEach(meeting -> entries.add(meeting(meeting)));
        }
        if (wanted.contains(TimelineKind.DECISION)) {
            decisions.list(period).forEach(decision -> entries.add(decision(decision)));
        }
        if (wanted.contains(TimelineKind.CEILING)) {
            ceilings.all().forEach(ceiling -> entries.add(ceiling(ceiling)));
        }
        if (wanted.contains(TimelineKind.STRENGTH)) {
            strength.timeline().forEach(picture -> entries.add(strength(picture)));
        }
        if (wanted.contains(TimelineKind.PARTNERSHIP)) {
            addPartnership(entries, from, until);
        }
        if (wanted.contains(TimelineKind.MISSION)) {
            addMission(entries);
        }
        return entries.stream().filter(entry -> (from == null || !entry.date().isBefore(from))
                && (until == null || !entry.date().isAfter(until)))
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind)).toList();
    }

    private static TimelineEntry meeting(Meeting meeting) {
        return new TimelineEntry(meeting.startsOn(), TimelineKind.MEETING, meeting.title(),
                meeting.place() + (meeting.summary().isEmpty() ? "" : ": " + meeting.summary()), null,
                "/governance/meetings/" + meeting.id(), meeting.provenance());
    }

    private static TimelineEntry decision(Decision decision) {
        String detail = decision.kind().label() + (decision.effectiveUntil() != null
                ? ", in effect until " + decision.effectiveUntil() : "");
        return new TimelineEntry(decision.decidedOn(), TimelineKind.DECISION,
                (decision.kind() == DecisionKind.REAFFIRMATION ? "Reaffirmed: " : "") + decision.title(), detail,
                null, EffectLinks.decisionPath(decision.id()), decision.provenance());
    }

    private static TimelineEntry ceiling(TroopCeiling ceiling) {
        String title = ceiling.kind() == CeilingKind.MISSION
                ? String.format(Locale.ENGLISH, "Mission ceiling of %,d troops", ceiling.troops())
                : String.format(Locale.ENGLISH, "National cap of %s: %,d troops", ceiling.nation().orElse(""),
                        ceiling.troops());
        return new TimelineEntry(ceiling.from(), TimelineKind.CEILING, title, ceiling.basis(), ceiling.troops(),
                "/mission/ceilings", ceiling.provenance());
    }

    private static TimelineEntry strength(StrengthPicture picture) {
        ProvenanceStatus status = picture.includesIllustrative() ? ProvenanceStatus.ILLUSTRATIVE
                : ProvenanceStatus.EXACT;
        return new TimelineEntry(picture.date(), TimelineKind.STRENGTH, String.format(Locale.ENGLISH,
                "%,d troops reported from %d nations", picture.totalTroops(), picture.nationCount()),
                "Each nation at its latest report on the day", picture.totalTroops(), "/force/strength/charts",
                new Provenance("Strength reports (force module)", picture.date(), status));
    }

    private void addPartnership(List<TimelineEntry> entries, LocalDate from, LocalDate until) {
        partnership.partnership().ifPresent(record -> {
            entries.add(new TimelineEntry(record.setUpOn(), TimelineKind.PARTNERSHIP, record.name() + " set up",
                    record.setUpAt(), null, "/partnership", record.setUp()));
            if (record.strengthenedOn() != null) {
                entries.add(new TimelineEntry(record.strengthenedOn(), TimelineKind.PARTNERSHIP,
                        record.name() + " strengthened", record.strengthenedAt() + ": " + record.strengthenedHow(),
                        null, "/partnership", record.strengthened()));
            }
        });
        partnership.list(ActivityFilter.between(from, until)).forEach(activity -> entries.add(new TimelineEntry(
                activity.startsOn(), TimelineKind.PARTNERSHIP, activity.title(),
                activity.kind().label() + ", " + activity.place(), null,
                "/partnership/activities/" + activity.id(), activity.provenance())));
    }

    private void addMission(List<TimelineEntry> entries) {
        missions.current().ifPresent(mission -> {
            add(entries, mission.launchedOn(), mission.name() + " launched", mission.nature(), mission.launch());
            add(entries, mission.predecessorEndedOn(), mission.predecessor() + " completed", "",
                    mission.predecessorEnd());
            add(entries, mission.endedOn(), mission.name() + " ended", mission.endNote(), mission.end());
            missions.phasesOf(mission.code()).forEach(phase -> add(entries, phase.from(),
                    "Phase begins: " + phase.name(), phase.description(), phase.provenance()));
            missions.instrumentsOf(mission.code()).forEach(instrument -> {
                add(entries, instrument.signedOn(), instrument.title() + " signed", instrument.parties(),
                        instrument.provenance());
                add(entries, instrument.ratifiedOn(), instrument.title() + " ratified", "", instrument.provenance());
                add(entries, instrument.adoptedOn(), instrument.title() + " adopted", "", instrument.provenance());
            });
        });
    }

    private static void add(List<TimelineEntry> entries, LocalDate date, String title, String detail,
            Provenance provenance) {
        if (date != null && provenance != null) {
            entries.add(new TimelineEntry(date, TimelineKind.MISSION, title, detail == null ? "" : detail, null,
                    "/mission", provenance));
        }
    }
}
