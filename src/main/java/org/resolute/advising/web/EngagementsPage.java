package org.resolute.advising.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.advising.domain.Engagements;
import org.resolute.advising.domain.StructureBook;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.FormErrors;
import org.resolute.mission.Posture;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Nations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    private final StructureBook structure;
    private final Posture posture;
    private final Nations nations;
    private final NameBook names;
    private final Clock clock;

    EngagementsPage(Engagements engagements, StructureBook structure, Posture posture, Nations nations,
            NameBook names, Clock clock) {
        this.engagements = engagements;
        this.structure = structure;
        this.posture = posture;
        this.nations = nations;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/advising/engagements")
    String list(@ModelAttribute("filters") EngagementFilter filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            model.addAttribute("engagements", engagements.search(filters.search(),
                    new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(EngagementFilter.pageField(e.field()), e.wording(), request));
            model.addAttribute("engagements", engagements.search(EngagementSearch.ALL, PageQuery.first(PAGE_SIZE)));
        }
        model.addAttribute("filters", filters);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("pillars", structure.pillars());
        model.addAttribute("commands", posture.commands());
        model.addAttribute("statuses", EngagementStatus.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(ContributingNation::nation).toList());
        model.addAttribute("names", names.names());
        return "advising/engagements";
    }

    @GetMapping("/advising/engagements/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filters") EngagementFilter filters) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"engagements.csv\"")
                .body(engagements.export(filters.search()).getBytes(StandardCharsets.UTF_8));
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
