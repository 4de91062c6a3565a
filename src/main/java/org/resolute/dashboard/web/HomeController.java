package org.resolute.dashboard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.resolute.kernel.HomeSection;
import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: an anonymous visitor gets the public landing page (what Resolute is, and the public pages); a
 * signed-in viewer gets the mission's one view for their roles, each module's section for them and everything
 * that waits for them, written in their language.
 */
@Controller
class HomeController {

    private final List<HomeSection.Source> sources;
    private final MessageSource messages;

    HomeController(List<HomeSection.Source> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    /** The landing page is public; nothing else is opened by it. */
    @Bean
    static PublicPaths landingPageIsPublic() {
        return PublicPaths.of("/");
    }

    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = Viewers.current();
        if (viewer.isAnonymous()) {
            return "dashboard/landing";
        }
        Formats words = Formats.forReader(messages);
        List<HomeSection> sections = Viewers.runAs(viewer, () -> sources.stream()
                .map(source -> source.sectionShownTo(viewer, words)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(HomeSection::order)).toList());
        model.addAttribute("sections", sections);
        model.addAttribute("tasks", Viewers.runAs(viewer, () -> sources.stream()
                .flatMap(source -> source.tasksFor(viewer, words).stream()).toList()));
        model.addAttribute("charts", sections.stream().filter(section -> section.chart().isPresent())
                .collect(Collectors.toMap(HomeSection::name, section -> ChartDrawing.of(section.chart().get()),
                        (first, second) -> first)));
        return "dashboard/home";
    }
}
