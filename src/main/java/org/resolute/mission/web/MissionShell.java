package org.resolute.mission.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.reference.Source;
import org.resolute.reference.Sources;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the mission's pages the source list, so that every fact links to the source that states it. */
@ControllerAdvice(basePackageClasses = MissionShell.class)
class MissionShell {

    private final Sources sources;

    MissionShell(Sources sources) {
        this.sources = sources;
    }

    @ModelAttribute("sources")
    Map<String, Source> sources() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
    }
}
