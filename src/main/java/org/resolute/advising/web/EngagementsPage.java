package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FilteredPage;
import org.resolute.kernel.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The engagement search for signed-in staff, and its CSV export: both show only what the viewer may see. */
@Controller
class EngagementsPage {

    static final int PAGE_SIZE = 25;

    private final Engagements engagements;
    private final EngagementChoices choices;
    private final Clock clock;

    EngagementsPage(Engagements engagements, EngagementChoices choices, Clock clock) {
        this.engagements = engagements;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/advising/engagements")
    String list(@ModelAttribute("filters") EngagementFilter filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("engagements", FilteredPage.of(() -> engagements.search(filters.search(),
                new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)),
                () -> engagements.search(EngagementSearch.ALL, PageQuery.first(PAGE_SIZE)),
                e -> FormErrors.of(EngagementFilter.pageField(e.field()), e.wording(), request), model, response));
        model.addAttribute("filters", filters);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("statuses", EngagementStatus.values());
        choices.addTo(model);
        return "advising/engagements";
    }

    @GetMapping("/advising/engagements/export.csv")
    ResponseEntity<String> export(@ModelAttribute("filters") EngagementFilter filters) {
        return CsvDownload.attachment("engagements.csv", engagements.export(filters.search()));
    }

    /** The filter of the engagements as the form sends it; a date range is from and until, as on every list. */
    record EngagementFilter(String text, String from, String until, String institution, String area, String pillar,
            String nation, String command, String status, String marking) {

        EngagementSearch search() {
            return EngagementSearch.parse(text, from, until, institution, area, pillar, nation, command, status,
                    marking);
        }

        /** The search names the end of the range "to", as the API does; the page's field is "until". */
        static String pageField(String field) {
            return "to".equals(field) ? "until" : field;
        }

        public String value(String text) {
            return text == null ? "" : text;
        }
    }
}
