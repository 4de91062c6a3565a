package org.resolute.mission.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FilteredPage;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.domain.CeilingBook;
import org.resolute.mission.domain.CeilingQuery;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of the mission ceiling and national caps, with a chart of the mission ceiling over time, and for
 * force planners the form that records a new ceiling.
 */
@Controller
class CeilingsPage {

    private static final int PAGE_SIZE = 20;

    private final CeilingBook ceilings;
    private final JsonMapper json;
    private final Nations nations;
    private final MessageSource messages;

    CeilingsPage(CeilingBook ceilings, JsonMapper json, Nations nations, MessageSource messages) {
        this.ceilings = ceilings;
        this.json = json;
        this.nations = nations;
        this.messages = messages;
    }

    @GetMapping("/mission/ceilings")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String nation,
            @RequestParam(defaultValue = "") String inForceOn, @RequestParam(defaultValue = "from,desc") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("ceilings", FilteredPage.of(() -> ceilings.search(CeilingListFilter.read(kind, nation,
                inForceOn), new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)), this::unfiltered, model, request,
                response));
        model.addAttribute("kind", kind);
        model.addAttribute("nation", nation);
        model.addAttribute("inForceOn", inForceOn);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CeilingForm.empty());
        }
        return page(model);
    }

    @PostMapping("/mission/ceilings")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String record(@ModelAttribute("form") CeilingForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            TroopCeiling ceiling = ceilings.record(form.toNewCeiling());
            Formats formats = Formats.forReader(messages);
            redirect.addFlashAttribute("notice", ceiling.kind() == CeilingKind.MISSION
                    ? Notice.of("mission.ceilings.recordedMission", formats.number(ceiling.troops()),
                            formats.date(ceiling.from()))
                    : Notice.of("mission.ceilings.recordedCap", formats.number(ceiling.troops()),
                            nationName(ceiling.nation().orElse("")), formats.date(ceiling.from())));
            return "redirect:/mission/ceilings";
        }, () -> {
            model.addAttribute("ceilings", unfiltered());
            model.addAttribute("kind", "");
            model.addAttribute("nation", "");
            model.addAttribute("inForceOn", "");
            return page(model);
        }, model, request, response);
    }

    private String page(Model model) {
        model.addAttribute("kinds", CeilingKind.values());
        model.addAttribute("statuses", ProvenanceStatus.values());
        Formats formats = Formats.forReader(messages);
        model.addAttribute("chart", json.writeValueAsString(chart(ceilings.all(), formats)));
        model.addAttribute("chartWords", json.writeValueAsString(Map.of(
                "none", formats.message("mission.ceilings.chartNone"),
                "troops", formats.message("mission.field.troops"),
                "point", formats.message("mission.ceilings.chartPoint"))));
        Map<String, String> nationNames = new LinkedHashMap<>();
        nations.all().forEach(nation -> nationNames.put(nation.code(), nation.name()));
        model.addAttribute("nationNames", nationNames);
        return "mission/ceilings";
    }

    private PageResult<TroopCeiling> unfiltered() {
        return ceilings.search(CeilingQuery.ALL, new PageQuery(0, PAGE_SIZE, "from,desc"));
    }

    private String nationName(String code) {
        return nations.find(code).map(Nation::name).orElse(code);
    }

    /** The mission ceiling as steps over time: a point where each starts, and a break where one ends. */
    static List<Map<String, Object>> chart(List<TroopCeiling> all, Formats formats) {
        List<Map<String, Object>> points = new ArrayList<>();
        all.stream().filter(ceiling -> ceiling.kind() == CeilingKind.MISSION)
                .sorted(Comparator.comparing(TroopCeiling::from)).forEach(ceiling -> {
                    points.add(point(ceiling.from(), ceiling.troops(), ceiling, formats));
                    ceiling.until().ifPresent(until -> {
                        points.add(point(until, ceiling.troops(), ceiling, formats));
                        points.add(point(until.plusDays(1), null, ceiling, formats));
                    });
                });
        return points;
    }

    private static Map<String, Object> point(LocalDate date, Integer troops, TroopCeiling ceiling,
            Formats formats) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("date", date.toString());
        point.put("troops", troops);
        point.put("status", formats.name(ceiling.provenance().status()));
        point.put("basis", ceiling.basis());
        return point;
    }
}
