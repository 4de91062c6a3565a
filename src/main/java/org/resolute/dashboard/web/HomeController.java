package org.resolute.dashboard.web;

import java.util.List;

import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: for a signed-in viewer, the figures their roles care about, from every module that has some. */
@Controller
class HomeController {

    private final List<HomeCard.Source> sources;

    HomeController(List<HomeCard.Source> sources) {
        this.sources = sources;
    }

    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = Viewers.current();
        model.addAttribute("cards", sources.stream().flatMap(source -> source.cardsFor(viewer).stream()).toList());
        return "dashboard/home";
    }
}
