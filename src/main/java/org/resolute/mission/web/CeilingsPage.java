package org.resolute.mission.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.CeilingQuery;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The history of the mission ceiling and national caps, with a chart of the mission ceiling over time, and for
 * force planners the form that records a new ceiling.
 */
@Controller
class CeilingsPage {

    private static final int PAGE_SIZE = 20;

    private final TroopCeilings ceilings;
    private final JsonMapper json;

    CeilingsPage(TroopCeilings ceilings, JsonMapper json) {
        this.ceilings = ceilings;
        this.json = json;
    }

    @GetMapping("/mission/ceilings")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String nation,
            @RequestParam(defaultValue = "") String inForceOn, @RequestParam(defaultValue = "from,desc") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        try {
            CeilingQuery query = new CeilingQuery(kind.isBlank() ? null : CeilingKind.valueOf(kind), nation,
                    InputDates.parse(inForceOn, "inForceOn"));
            model.addAttribute("ceilings", ceilings.search(query, new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)));
        } catch (InvalidInput | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", "The filter is not valid: " + e.getMessage());
            model.addAttribute("ceilings", ceilings.search(CeilingQuery.ALL, new PageQuery(0, PAGE_SIZE, "from,desc")));
        }
        model.addAttribute("kind", kind);
        model.addAttribute("nation", nation);
        model.addAttribute("inForceOn", inForceOn);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CeilingForm());
        }
        return page(model);
    }

    @PostMapping("/mission/ceilings")
    @PreAuthorize("hasAnyRole('FORCE_PLANNER', 'ADMIN')")
    String record(@ModelAttribute("form") CeilingForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            TroopCeiling ceiling = ceilings.record(form.toNewCeiling());
            redirect.addFlashAttribute("message", "Recorded the " + (ceiling.kind() == CeilingKind.MISSION
                    ? "mission ceiling" : "national cap of " + ceiling.nation().orElse("")) + " of "
                    + ceiling.troops() + " troops from " + ceiling.from() + ".");
            return "redirect:/mission/ceilings";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            model.addAttribute("ceilings", ceilings.search(CeilingQuery.ALL, new PageQuery(0, PAGE_SIZE, "from,desc")));
            model.addAttribute("kind", "");
            model.addAttribute("nation", "");
            model.addAttribute("inForceOn", "");
            return page(model);
        }
    }

    private String page(Model model) {
        Viewer viewer = Viewers.current();
        model.addAttribute("canRecord", viewer.has(Role.FORCE_PLANNER) || viewer.has(Role.ADMIN));
        model.addAttribute("kinds", CeilingKind.values());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("chart", json.writeValueAsString(chart(ceilings.all())));
        return "mission/ceilings";
    }

    /** The mission ceiling as steps over time: a point where each starts, and a break where one ends. */
    static List<Map<String, Object>> chart(List<TroopCeiling> all) {
        List<Map<String, Object>> points = new ArrayList<>();
        all.stream().filter(ceiling -> ceiling.kind() == CeilingKind.MISSION)
                .sorted(Comparator.comparing(TroopCeiling::from)).forEach(ceiling -> {
                    points.add(point(ceiling.from(), ceiling.troops(), ceiling));
                    ceiling.until().ifPresent(until -> {
                        points.add(point(until, ceiling.troops(), ceiling));
                        points.add(point(until.plusDays(1), null, ceiling));
                    });
                });
        return points;
    }

    private static Map<String, Object> point(LocalDate date, Integer troops, TroopCeiling ceiling) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("date", date.toString());
        point.put("troops", troops);
        point.put("status", ceiling.provenance().status().label());
        point.put("basis", ceiling.basis());
        return point;
    }
}
