package org.resolute.advising.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.EngagementSearch;
import org.resolute.advising.EngagementStatus;
import org.resolute.advising.Engagements;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.csv.Csv;
import org.resolute.mission.Posture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The engagement search for signed-in staff, and its CSV export: both show only what the viewer may see. */
@Controller
class EngagementsPage {

    static final int PAGE_SIZE = 25;

    private final Engagements engagements;
    private final AdvisingStructure structure;
    private final Posture posture;
    private final Clock clock;

    EngagementsPage(Engagements engagements, AdvisingStructure structure, Posture posture, Clock clock) {
        this.engagements = engagements;
        this.structure = structure;
        this.posture = posture;
        this.clock = clock;
    }

    @GetMapping("/advising/engagements")
    String list(Filters filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("engagements", engagements.search(filters.search(),
                    new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("engagements", engagements.search(EngagementSearch.ALL, PageQuery.first(PAGE_SIZE)));
        }
        model.addAttribute("filters", filters);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("pillars", structure.pillars());
        model.addAttribute("commands", posture.commands());
        model.addAttribute("statuses", EngagementStatus.values());
        return "advising/engagements";
    }

    @GetMapping("/advising/engagements/export.csv")
    ResponseEntity<byte[]> export(Filters filters) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"engagements.csv\"")
                .body(engagements.export(filters.search()).getBytes(StandardCharsets.UTF_8));
    }

    /** The search's filters as the form sends them. */
    record Filters(String text, String from, String to, String institution, String area, String pillar,
            String nation, String command, String status, String marking) {

        EngagementSearch search() {
            return EngagementSearch.parse(text, from, to, institution, area, pillar, nation, command, status, marking);
        }

        public String value(String text) {
            return text == null ? "" : text;
        }
    }
}
