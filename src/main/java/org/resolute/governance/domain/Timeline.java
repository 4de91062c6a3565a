package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivities;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The story from Lisbon 2010 to the end of the mission: meetings, decisions, ceilings, strength, partnership
 * activities and the mission's own milestones, composed from this module's records and the mission, force and
 * partnership modules' APIs for the current viewer.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

    private final MeetingTables meetings;
    private final DecisionTables decisions;
    private final TroopCeilings ceilings;
    private final StrengthReports strength;
    private final PartnershipActivities partnership;
    private final Missions missions;
    private final Nations nations;

    Timeline(MeetingTables meetings, DecisionTables decisions, TroopCeilings ceilings, StrengthReports strength,
            PartnershipActivities partnership, Missions missions, Nations nations) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.ceilings = ceilings;
        this.strength = strength;
        this.partnership = partnership;
        this.missions = missions;
        this.nations = nations;
    }

    /** The lines of the kinds asked for (all when empty) between the days given (open when null), oldest first. */
    public List<TimelineLine> lines(Set<TimelineKind> kinds, LocalDate from, LocalDate until) {
        Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(TimelineKind.values()) : kinds;
        GovernanceFilter period = new GovernanceFilter(null, from, until, null);
        List<TimelineLine> lines = new ArrayList<>();
        if (wanted.contains(TimelineKind.MEETING)) {
            meetings.list(period).forEach(meeting -> lines.add(meeting(meeting)));
        }
        if (wanted.contains(TimelineKind.DECISION)) {
            decisions.list(period).forEach(decision -> lines.add(decision(decision)));
        }
        if (wanted.contains(TimelineKind.CEILING)) {
            ceilings.all().forEach(ceiling -> lines.add(ceiling(ceiling)));
        }
        if (wanted.contains(TimelineKind.STRENGTH)) {
            strength.timeline().forEach(picture -> lines.add(strength(picture)));
        }
        if (wanted.contains(TimelineKind.PARTNERSHIP)) {
            addPartnership(lines, from, until);
        }
        if (wanted.contains(TimelineKind.MISSION)) {
            addMission(lines);
        }
        return lines.stream().filter(line -> (from == null || !line.entry().date().isBefore(from))
                && (until == null || !line.entry().date().isAfter(until)))
                .sorted(Comparator.comparing((TimelineLine line) -> line.entry().date())
                        .thenComparing(line -> line.entry().kind())).toList();
    }

    /** The entries of the kinds asked for (all when empty) between the days given (open when null), oldest first. */
    public List<TimelineEntry> entries(Set<TimelineKind> kinds, LocalDate from, LocalDate until) {
        return lines(kinds, from, until).stream().map(TimelineLine::entry).toList();
    }

    private static TimelineLine meeting(Meeting meeting) {
        boolean summarised = !meeting.summary().isEmpty();
        return new TimelineLine(new TimelineEntry(meeting.startsOn(), TimelineKind.MEETING, meeting.title(),
                meeting.place() + (summarised ? ": " + meeting.summary() : ""), null,
                "/governance/meetings/" + meeting.id(), meeting.provenance()), Wording.text(meeting.title()),
                summarised ? Wording.of("governance.line.placeAndSummary", meeting.place(), meeting.summary())
                        : Wording.text(meeting.place()));
    }

    private static TimelineLine decision(Decision decision) {
        String detail = decision.kind().label() + (decision.effectiveUntil() != null
                ? ", in effect until " + decision.effectiveUntil() : "");
        boolean reaffirmation = decision.kind() == DecisionKind.REAFFIRMATION;
        return new TimelineLine(new TimelineEntry(decision.decidedOn(), TimelineKind.DECISION,
                (reaffirmation ? "Reaffirmed: " : "") + decision.title(), detail, null,
                EffectLinks.decisionPath(decision.id()), decision.provenance()),
                reaffirmation ? Wording.of("governance.line.reaffirmed", decision.title())
                        : Wording.text(decision.title()),
                decision.effectiveUntil() != null
                        ? Wording.of("governance.line.kindUntil", decision.kind(), decision.effectiveUntil())
                        : Wording.of("governance.line.kind", decision.kind()));
    }

    private TimelineLine ceiling(TroopCeiling ceiling) {
        boolean mission = ceiling.kind() == CeilingKind.MISSION;
        String nation = ceiling.nation().orElse("");
        String title = mission ? String.format(Locale.ENGLISH, "Mission ceiling of %,d troops", ceiling.troops())
                : String.format(Locale.ENGLISH, "National cap of %s: %,d troops", nation, ceiling.troops());
        return new TimelineLine(new TimelineEntry(ceiling.from(), TimelineKind.CEILING, title, ceiling.basis(),
                ceiling.troops(), "/mission/ceilings", ceiling.provenance()),
                mission ? Wording.of("governance.line.missionCeiling", ceiling.troops())
                        : Wording.of("governance.line.nationalCap", nations.find(nation).map(Nation::name)
                                .orElse(nation), ceiling.troops()),
                Wording.text(ceiling.basis()));
    }

    private static TimelineLine strength(StrengthPicture picture) {
        ProvenanceStatus status = picture.includesIllustrative() ? ProvenanceStatus.ILLUSTRATIVE
                : ProvenanceStatus.EXACT;
        return new TimelineLine(new TimelineEntry(picture.date(), TimelineKind.STRENGTH, String.format(Locale.ENGLISH,
                "%,d troops reported from %d nations", picture.totalTroops(), picture.nationCount()),
                "Each nation at its latest report on the day", picture.totalTroops(), "/force/strength/charts",
                new Provenance("Strength reports (force module)", picture.date(), status)),
                Wording.of("governance.line.strength", picture.totalTroops(), picture.nationCount()),
                Wording.of("governance.line.strengthDetail"));
    }

    private void addPartnership(List<TimelineLine> lines, LocalDate from, LocalDate until) {
        partnership.partnership().ifPresent(record -> {
            lines.add(new TimelineLine(new TimelineEntry(record.setUpOn(), TimelineKind.PARTNERSHIP,
                    record.name() + " set up", record.setUpAt(), null, "/partnership", record.setUp()),
                    Wording.of("governance.line.setUp", record.name()), Wording.text(record.setUpAt())));
            if (record.strengthenedOn() != null) {
                lines.add(new TimelineLine(new TimelineEntry(record.strengthenedOn(), TimelineKind.PARTNERSHIP,
                        record.name() + " strengthened", record.strengthenedAt() + ": " + record.strengthenedHow(),
                        null, "/partnership", record.strengthened()),
                        Wording.of("governance.line.strengthened", record.name()),
                        Wording.of("governance.line.placeAndSummary", record.strengthenedAt(),
                                record.strengthenedHow())));
            }
        });
        partnership.list(ActivityFilter.between(from, until)).forEach(activity -> lines.add(new TimelineLine(
                new TimelineEntry(activity.startsOn(), TimelineKind.PARTNERSHIP, activity.title(),
                        activity.kind().label() + ", " + activity.place(), null,
                        "/partnership/activities/" + activity.id(), activity.provenance()),
                Wording.text(activity.title()),
                Wording.of("governance.line.kindAt", activity.kind(), activity.place()))));
    }

    private void addMission(List<TimelineLine> lines) {
        missions.current().ifPresent(mission -> {
            add(lines, mission.launchedOn(), mission.name() + " launched",
                    Wording.of("governance.line.launched", mission.name()), mission.nature(), mission.launch());
            add(lines, mission.predecessorEndedOn(), mission.predecessor() + " completed",
                    Wording.of("governance.line.completed", mission.predecessor()), "", mission.predecessorEnd());
            add(lines, mission.endedOn(), mission.name() + " ended",
                    Wording.of("governance.line.ended", mission.name()), mission.endNote(), mission.end());
            missions.phasesOf(mission.code()).forEach(phase -> add(lines, phase.from(),
                    "Phase begins: " + phase.name(), Wording.of("governance.line.phase", phase.name()),
                    phase.description(), phase.provenance()));
            missions.instrumentsOf(mission.code()).forEach(instrument -> {
                add(lines, instrument.signedOn(), instrument.title() + " signed",
                        Wording.of("governance.line.signed", instrument.title()), instrument.parties(),
                        instrument.provenance());
                add(lines, instrument.ratifiedOn(), instrument.title() + " ratified",
                        Wording.of("governance.line.ratified", instrument.title()), "", instrument.provenance());
                add(lines, instrument.adoptedOn(), instrument.title() + " adopted",
                        Wording.of("governance.line.adopted", instrument.title()), "", instrument.provenance());
            });
        });
    }

    private static void add(List<TimelineLine> lines, LocalDate date, String title, Wording words, String detail,
            Provenance provenance) {
        if (date != null && provenance != null) {
            String text = detail == null ? "" : detail;
            lines.add(new TimelineLine(new TimelineEntry(date, TimelineKind.MISSION, title, text, null, "/mission",
                    provenance), words, Wording.text(text)));
        }
    }
}
