package org.resolute.force;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.modulith.NamedInterface;

/**
 * The force as of a date, from the reports the viewer may see: each nation's latest report per command and
 * location on or before the date.
 *
 * @param nations the nations with troops, largest first
 */
@NamedInterface("api")
public record StrengthPicture(LocalDate date, List<NationStrength> nations) {

    public StrengthPicture {
        nations = List.copyOf(nations);
    }

    public int totalTroops() {
        return nations.stream().mapToInt(NationStrength::troops).sum();
    }

    public int nationCount() {
        return nations.size();
    }

    /** Troops per location code, by code. */
    public Map<String, Integer> byLocation() {
        Map<String, Integer> troops = new TreeMap<>();
        nations.forEach(nation -> nation.reports().forEach(
                report -> troops.merge(report.location(), report.troops(), Integer::sum)));
        return troops;
    }

    /** Troops per command code, by code. */
    public Map<String, Integer> byCommand() {
        Map<String, Integer> troops = new TreeMap<>();
        nations.forEach(nation -> nation.reports().forEach(
                report -> troops.merge(report.command(), report.troops(), Integer::sum)));
        return troops;
    }

    /** Whether any figure summed is illustrative rather than published. */
    public boolean includesIllustrative() {
        return nations.stream().anyMatch(nation -> nation.provenance().isIllustrative());
    }
}
