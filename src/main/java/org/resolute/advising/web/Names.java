package org.resolute.advising.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.advising.FunctionalArea;

/**
 * What the advising pages call institutions, areas, pillars, commands, places and nations: their names, looked up
 * by the codes the records hold, so that a reader sees "209th Corps" and "Mazar-e Sharif", not {@code 209-CORPS}
 * and {@code MAZAR}. A code with no name (a record older than the structure) is shown as it is.
 */
record Names(Map<String, String> institutions, Map<String, FunctionalArea> areas, Map<String, String> pillars,
        Map<String, String> commands, Map<String, String> locations, Map<String, String> nations) {

    static <T> Map<String, T> byCode(Collection<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (first, second) -> first));
    }

    public String institution(String code) {
        return institutions.getOrDefault(code, code);
    }

    /** An Essential Function keeps its number (EF1 is how the mission writes it), a supporting one its name. */
    public String area(String code) {
        FunctionalArea area = areas.get(code);
        if (area == null) {
            return code;
        }
        return area.kind() == FunctionalArea.Kind.ESSENTIAL_FUNCTION ? area.code() + " " + area.shortName()
                : area.shortName();
    }

    /** The area's full name, for a title or a tooltip. */
    public String areaName(String code) {
        FunctionalArea area = areas.get(code);
        return area == null ? code : area.name();
    }

    public String areas(List<String> codes) {
        return codes.stream().map(this::area).collect(Collectors.joining(", "));
    }

    public String pillar(String code) {
        return pillars.getOrDefault(code, code);
    }

    public String pillars(List<String> codes) {
        return codes.stream().map(this::pillar).collect(Collectors.joining(", "));
    }

    public String command(String code) {
        return commands.getOrDefault(code, code);
    }

    public String location(String code) {
        return locations.getOrDefault(code, code);
    }

    public String nation(String code) {
        return code == null ? "" : nations.getOrDefault(code, code);
    }
}
