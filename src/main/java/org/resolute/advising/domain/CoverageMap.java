package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.ProvenanceStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage heatmap's cells. Engagements are counted per institution, functional area and marking in SQL, and
 * the marking filter then keeps only the groups the viewer may see, so a count never includes a hidden report.
 */
@Service
@Transactional(readOnly = true)
class CoverageMap implements Coverage {

    static final int LONGEST_WINDOW_DAYS = 3660;

    private final MarkedRecords marked;
    private final StructureBook structure;
    private final AssessmentBook assessments;

    CoverageMap(MarkedRecords marked, StructureBook structure, AssessmentBook assessments) {
        this.marked = marked;
        this.structure = structure;
        this.assessments = assessments;
    }

    @Override
    public List<CoverageCell> coverage(LocalDate asOf, int days) {
        if (asOf == null) {
            throw new InvalidInput("asOf", "asOf is missing");
        }
        if (days < 1 || days > LONGEST_WINDOW_DAYS) {
            throw new InvalidInput("days", "days must be between 1 and " + LONGEST_WINDOW_DAYS);
        }
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Boolean> illustrative = new HashMap<>();
        marked.list(window(asOf.minusDays(days), asOf), (row, i) -> {
            String key = row.getString("institution_code") + "/" + row.getString("area_code");
            counts.computeIfAbsent(key, k -> new int[1])[0] += row.getInt("engagements");
            if (ProvenanceStatus.ILLUSTRATIVE.name().equals(row.getString("provenance_status"))) {
                illustrative.put(key, true);
            }
            return key;
        });
        Map<String, CapabilityAssessment> latest = new HashMap<>();
        assessments.upTo(asOf).forEach(a -> latest.put(a.institution() + "/" + a.area(), a));
        List<CoverageCell> cells = new ArrayList<>();
        for (HostInstitution institution : structure.institutions()) {
            for (FunctionalArea area : structure.areas()) {
                String key = institution.code() + "/" + area.code();
                CapabilityAssessment rating = latest.get(key);
                cells.add(new CoverageCell(institution.code(), institution.name(), area.code(), area.shortName(),
                        counts.containsKey(key) ? counts.get(key)[0] : 0,
                        rating == null ? null : rating.rating().level(), rating == null ? null : rating.assessedOn(),
                        institution.command(), institution.location(),
                        illustrative.getOrDefault(key, false) || rating != null && rating.provenance().isIllustrative()));
            }
        }
        return cells;
    }

    /**
     * Approved engagements after {@code since} up to {@code asOf}, per institution, area, provenance and marking:
     * the whole ISO weeks of the window from the weekly summary, the days before the first and after the last whole
     * week from the area rows. The marking filter then keeps the groups the viewer may see.
     */
    static MarkedQuery window(LocalDate since, LocalDate asOf) {
        LocalDate firstWeek = CoverageWeeks.weekOf(since.plusDays(7));
        LocalDate lastSunday = CoverageWeeks.weekOf(asOf.plusDays(1)).minusDays(1);
        LocalDate lastWeek = lastSunday.minusDays(6);
        boolean wholeWeeks = !lastWeek.isBefore(firstWeek);
        return MarkedQuery.select("c.institution_code, c.area_code, c.provenance_status, c.engagements").from("""
                (SELECT g.institution_code, g.area_code, g.provenance_status, g.classification, g.releasable_to,
                        g.institution_code || '/' || g.area_code AS id, SUM(g.engagements) AS engagements
                   FROM (SELECT a.institution_code, a.area_code, a.provenance_status, a.classification,
                                a.releasable_to, COUNT(*) AS engagements
                           FROM advising_engagement_area a
                          WHERE a.status = 'APPROVED' AND a.engagement_date > :since AND a.engagement_date <= :headEnd
                          GROUP BY a.institution_code, a.area_code, a.provenance_status, a.classification,
                                a.releasable_to
                         UNION ALL
                         SELECT w.institution_code, w.area_code, w.provenance_status, w.classification,
                                w.releasable_to, w.engagements
                           FROM advising_coverage_week w
                          WHERE w.week_start >= :firstWeek AND w.week_start <= :lastWeek
                         UNION ALL
                         SELECT a.institution_code, a.area_code, a.provenance_status, a.classification,
                                a.releasable_to, COUNT(*) AS engagements
                           FROM advising_engagement_area a
                          WHERE a.status = 'APPROVED' AND a.engagement_date > :tailAfter AND a.engagement_date <= :asOf
                          GROUP BY a.institution_code, a.area_code, a.provenance_status, a.classification,
                                a.releasable_to) g
                  GROUP BY g.institution_code, g.area_code, g.provenance_status, g.classification, g.releasable_to)""",
                "c").where("c.engagements > 0", "since", since, "headEnd", wholeWeeks ? firstWeek.minusDays(1) : asOf,
                        "firstWeek", firstWeek, "lastWeek", wholeWeeks ? lastWeek : firstWeek.minusDays(1),
                        "tailAfter", wholeWeeks ? lastSunday : asOf, "asOf", asOf)
                .orderByDefault("c.institution_code, c.area_code");
    }
}
