package org.resolute.mission.web;

import java.util.List;
import java.util.stream.Collectors;

import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The hub, spokes, functional commands and task forces, in a table and on a map of their locations. */
@Controller
class CommandsPage {

    private final Posture posture;
    private final Nations nations;

    CommandsPage(Posture posture, Nations nations) {
        this.posture = posture;
        this.nations = nations;
    }

    @GetMapping("/mission/commands")
    String commands(Model model) {
        List<Command> commands = posture.commands();
        List<Location> locations = posture.locations();
        model.addAttribute("commands", commands);
        model.addAttribute("locations", locations.stream()
                .collect(Collectors.toMap(Location::code, location -> location)));
        model.addAttribute("nationNames", nations.all().stream().collect(Collectors.toMap(Nation::code,
                Nation::name)));
        model.addAttribute("points", LocationMap.points(locations, commands));
        model.addAttribute("graticule", LocationMap.graticule());
        model.addAttribute("mapWidth", LocationMap.WIDTH);
        model.addAttribute("mapHeight", LocationMap.height());
        return "mission/commands";
    }
}
