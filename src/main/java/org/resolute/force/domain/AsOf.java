package org.resolute.force.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.resolute.force.NationStrength;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReport;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/**
 * The rule behind every strength figure: as of a date, each place (nation, command, location) stands at its
 * latest report on or before the date; a nation's troops are the sum over its places; nations at 0 are not
 * listed. When two reports of a place share the latest date (a public one and a more sensitive one), the more
 * sensitive one, which the viewer was cleared to see, wins.
 */
public final class AsOf {

    private static final Comparator<StrengthReport> LATEST = Comparator.comparing(StrengthReport::reportDate)
            .thenComparing(report -> report.marking().classification())
            .thenComparing(StrengthReport::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private AsOf() {
    }

    /** The force as of the date, from the given reports (those the viewer may see). */
    public static StrengthPicture picture(LocalDate date, Collection<StrengthReport> reports) {
        Map<StrengthReport.Place, StrengthReport> latest = new HashMap<>();
        reports.stream().filter(report -> !report.reportDate().isAfter(date))
                .forEach(report -> latest.merge(report.place(), report, AsOf::later));
        return picture(date, latest);
    }

    /**
     * The force as of the last report date of each month, oldest first. Given each place's latest report per month
     * and marking, this is exact: a report earlier in a month is superseded by its place's later one.
     */
    public static List<StrengthPicture> monthly(Collection<StrengthReport> reports) {
        Map<YearMonth, List<StrengthReport>> byMonth = reports.stream().collect(Collectors.groupingBy(
                report -> YearMonth.from(report.reportDate()), TreeMap::new, Collectors.toList()));
        Map<StrengthReport.Place, StrengthReport> latest = new HashMap<>();
        List<StrengthPicture> pictures = new ArrayList<>();
        byMonth.forEach((month, monthReports) -> {
            monthReports.forEach(report -> latest.merge(report.place(), report, AsOf::later));
            LocalDate last = monthReports.stream().map(StrengthReport::reportDate).max(LocalDate::compareTo)
                    .orElseThrow();
            pictures.add(picture(last, latest));
        });
        return pictures;
    }

    private static StrengthReport later(StrengthReport a, StrengthReport b) {
        return LATEST.compare(a, b) >= 0 ? a : b;
    }

    private static StrengthPicture picture(LocalDate date, Map<StrengthReport.Place, StrengthReport> latest) {
        Map<String, List<StrengthReport>> byNation = latest.values().stream()
                .collect(Collectors.groupingBy(StrengthReport::nation));
        List<NationStrength> nations = byNation.entrySet().stream()
                .map(entry -> nation(entry.getKey(), entry.getValue()))
                .filter(nation -> nation.troops() > 0)
                .sorted(Comparator.comparingInt(NationStrength::troops).reversed()
                        .thenComparing(NationStrength::nation))
                .toList();
        return new StrengthPicture(date, nations);
    }

    private static NationStrength nation(String code, List<StrengthReport> reports) {
        List<StrengthReport> sorted = reports.stream()
                .sorted(Comparator.comparing(StrengthReport::command).thenComparing(StrengthReport::location))
                .toList();
        int troops = sorted.stream().mapToInt(StrengthReport::troops).sum();
        return new NationStrength(code, troops, combined(sorted), sorted);
    }

    /**
     * The provenance of a sum: its sources, the latest as-of date, and the weakest status among the reports that
     * hold troops: illustrative if any is, the common status if all share one, approximate otherwise.
     */
    public static Provenance combined(List<StrengthReport> reports) {
        List<StrengthReport> counted = reports.stream().filter(report -> report.troops() > 0).toList();
        if (counted.isEmpty()) {
            counted = reports;
        }
        Set<ProvenanceStatus> statuses = counted.stream().map(report -> report.provenance().status())
                .collect(Collectors.toSet());
        ProvenanceStatus status = statuses.contains(ProvenanceStatus.ILLUSTRATIVE) ? ProvenanceStatus.ILLUSTRATIVE
                : statuses.size() == 1 ? statuses.iterator().next() : ProvenanceStatus.APPROXIMATE;
        String sources = counted.stream().map(report -> report.provenance().source())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining("; "));
        LocalDate asOf = counted.stream().map(report -> report.provenance().asOf()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Provenance(sources, asOf, status);
    }
}
