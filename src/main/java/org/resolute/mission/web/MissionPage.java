package org.resolute.mission.web;

import org.resolute.mission.domain.MissionBook;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mission record: what it is, its legal instruments and what they allow, its phases and timeline. */
@Controller
class MissionPage {

    private final MissionBook missions;
    private final Nations nations;

    MissionPage(MissionBook missions, Nations nations) {
        this.missions = missions;
        this.nations = nations;
    }

    @GetMapping("/mission")
    String mission(Model model) {
        missions.current().ifPresent(mission -> {
            model.addAttribute("mission", mission);
            model.addAttribute("hostNation", nations.find(mission.hostNation()).map(Nation::name)
                    .orElse(mission.hostNation()));
            model.addAttribute("instruments", missions.instrumentsOf(mission.code()));
            model.addAttribute("phases", missions.phasesOf(mission.code()));
            model.addAttribute("timeline", missions.timelineOf(mission.code()));
        });
        return "mission/mission";
    }
}
