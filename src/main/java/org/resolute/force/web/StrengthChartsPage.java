package org.resolute.force.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.resolute.force.NationStrength;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Charts of the force over time, from the reports the viewer may see: total against the mission ceiling, stacked
 * by nation, by location, and the largest contributors on the latest date.
 */
@Controller
class StrengthChartsPage {

    private static final int LARGEST = 10;

    private final StrengthReports strength;
    private final TroopCeilings ceilings;
    private final ForceNames names;

    StrengthChartsPage(StrengthReports strength, TroopCeilings ceilings, ForceNames names) {
        this.strength = strength;
        this.ceilings = ceilings;
        this.names = names;
    }

    @GetMapping("/force/strength/charts")
    String page() {
        return "force/strength-charts";
    }

    /** The charts' data. */
    @GetMapping("/force/strength/charts/data")
    @ResponseBody
    ChartData data() {
        ForceNames.Names named = names.names();
        List<StrengthPicture> timeline = strength.timeline();
        List<LocalDate> dates = timeline.stream().map(StrengthPicture::date).toList();
        List<Integer> totals = timeline.stream().map(StrengthPicture::totalTroops).toList();
        List<Integer> ceiling = dates.stream().map(date -> ceilings.missionCeilingOn(date)
                .map(TroopCeiling::troops).orElse(null)).toList();
        StrengthPicture latest = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        List<NationStrength> largest = latest == null ? List.of()
                : latest.nations().stream().limit(LARGEST).toList();
        List<String> stackedNations = largest.stream().map(NationStrength::nation).toList();
        Map<String, List<Integer>> byNation = new LinkedHashMap<>();
        stackedNations.forEach(nation -> byNation.put(nation, timeline.stream().map(picture -> picture.nations()
                .stream().filter(n -> n.nation().equals(nation)).mapToInt(NationStrength::troops).sum()).toList()));
        byNation.put("Others", timeline.stream().map(picture -> picture.nations().stream()
                .filter(n -> !stackedNations.contains(n.nation())).mapToInt(NationStrength::troops).sum()).toList());
        TreeSet<String> locations = new TreeSet<>();
        timeline.forEach(picture -> locations.addAll(picture.byLocation().keySet()));
        Map<String, List<Integer>> byLocation = new LinkedHashMap<>();
        locations.forEach(location -> byLocation.put(location,
                timeline.stream().map(picture -> picture.byLocation().getOrDefault(location, 0)).toList()));
        List<Bar> bars = new ArrayList<>(largest.stream()
                .map(n -> new Bar(n.nation(), n.troops(), n.provenance().status().label())).toList());
        bars.sort(Comparator.comparingInt(Bar::troops));
        Map<String, String> shown = new LinkedHashMap<>();
        stackedNations.forEach(nation -> shown.put(nation, named.nation(nation)));
        bars.forEach(bar -> shown.put(bar.nation(), named.nation(bar.nation())));
        locations.forEach(location -> shown.put(location, named.location(location)));
        return new ChartData(dates, totals, ceiling, byNation, byLocation,
                latest == null ? null : latest.date(), bars, shown);
    }

    /**
     * @param ceiling the mission ceiling in force on each date; null where none was
     * @param names the name to show for each nation and location code the series are keyed by
     */
    record ChartData(List<LocalDate> dates, List<Integer> totals, List<Integer> ceiling,
            Map<String, List<Integer>> byNation, Map<String, List<Integer>> byLocation, LocalDate latestDate,
            List<Bar> largest, Map<String, String> names) {
    }

    record Bar(String nation, int troops, String status) {
    }
}
