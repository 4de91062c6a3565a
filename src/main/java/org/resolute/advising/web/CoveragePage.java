package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.EngagementSearch;
import org.resolute.advising.Engagements;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage heatmap: institutions by functional area, approved engagements in the window against the latest
 * rating. The chart reads the coverage API; the table below it holds the same figures for reading without it.
 * The page opens at the latest approved engagement the viewer may see.
 */
@Controller
class CoveragePage {

    private final Coverage coverage;
    private final Engagements engagements;
    private final AdvisingStructure structure;
    private final Clock clock;

    CoveragePage(Coverage coverage, Engagements engagements, AdvisingStructure structure, Clock clock) {
        this.coverage = coverage;
        this.engagements = engagements;
        this.structure = structure;
        this.clock = clock;
    }

    @GetMapping("/advising/coverage")
    String show(@RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "90") int days,
            Model model) {
        LocalDate date = asOf.isBlank() ? engagements.latestApproved().orElse(LocalDate.now(clock))
                : EngagementSearch.date("asOf", asOf);
        List<CoverageCell> cells = coverage.coverage(date, days);
        model.addAttribute("asOf", date);
        model.addAttribute("days", days);
        model.addAttribute("cells", cells);
        model.addAttribute("areas", structure.areas());
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("total", cells.stream().mapToInt(CoverageCell::recentEngagements).sum());
        model.addAttribute("illustrative", cells.stream().anyMatch(CoverageCell::illustrative));
        return "advising/coverage";
    }
}
