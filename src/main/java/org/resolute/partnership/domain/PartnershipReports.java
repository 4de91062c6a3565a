package org.resolute.partnership.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.PartnershipReport.OverdueFollowUp;
import org.resolute.partnership.domain.PartnershipReport.YearReach;
import org.resolute.partnership.domain.PartnershipReport.YearTheme;

/** Adds up activities, participants and follow-ups into the partnership's report. */
final class PartnershipReports {

    private PartnershipReports() {
    }

    static PartnershipReport of(List<PartnershipActivity> activities, List<Participant> participants,
            List<FollowUp> followUps, LocalDate today) {
        Map<UUID, PartnershipActivity> byId = activities.stream()
                .collect(Collectors.toMap(PartnershipActivity::id, Function.identity()));
        List<YearTheme> byYearAndTheme = new ArrayList<>();
        activities.stream().collect(Collectors.groupingBy(activity -> activity.startsOn().getYear(), TreeMap::new,
                Collectors.groupingBy(PartnershipActivity::theme, TreeMap::new, Collectors.counting())))
                .forEach((year, themes) -> themes.forEach((Theme theme, Long count) ->
                        byYearAndTheme.add(new YearTheme(year, theme, count.intValue()))));
        List<OverdueFollowUp> overdue = followUps.stream().filter(followUp -> followUp.isOverdueOn(today))
                .sorted(Comparator.comparing(FollowUp::dueOn))
                .map(followUp -> new OverdueFollowUp(followUp, byId.get(followUp.activity()).title(),
                        ChronoUnit.DAYS.between(followUp.dueOn(), today)))
                .toList();
        int open = (int) followUps.stream().filter(FollowUp::isOpen).count();
        return new PartnershipReport(byYearAndTheme, reach(activities, participants, byId), open,
                followUps.size() - open, overdue,
                activities.stream().anyMatch(activity -> activity.provenance().isIllustrative()));
    }

    private static List<YearReach> reach(List<PartnershipActivity> activities, List<Participant> participants,
            Map<UUID, PartnershipActivity> byId) {
        Map<Integer, List<Participant>> byYear = participants.stream().collect(
                Collectors.groupingBy(participant -> byId.get(participant.activity()).startsOn().getYear()));
        Map<Integer, Long> activityCount = activities.stream().collect(
                Collectors.groupingBy(activity -> activity.startsOn().getYear(), TreeMap::new, Collectors.counting()));
        List<YearReach> reach = new ArrayList<>();
        activityCount.forEach((year, count) -> {
            List<Participant> those = byYear.getOrDefault(year, List.of());
            Set<String> nations = new HashSet<>();
            those.stream().filter(participant -> !participant.nation().isEmpty())
                    .forEach(participant -> nations.add(participant.nation()));
            long institutions = those.stream().filter(participant -> participant.kind() == ParticipantKind.HOST_INSTITUTION)
                    .map(participant -> participant.name().toLowerCase(Locale.ROOT)).distinct().count();
            reach.add(new YearReach(year, count.intValue(), those.stream().mapToInt(Participant::headcount).sum(),
                    nations.size(), (int) institutions));
        });
        return reach;
    }
}
