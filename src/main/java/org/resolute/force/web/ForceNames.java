package org.resolute.force.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Nations, commands and places by name on the force pages (as {@code names}), since the records hold their codes:
 * a reader sees "United Kingdom", "Kabul Security Force" and "Bagram Airfield", never {@code GBR}, {@code KSF} or
 * {@code BAGRAM}. Each list is read once per page, when the page first asks for a name.
 */
@ControllerAdvice(basePackageClasses = ForceNames.class)
class ForceNames {

    private final Posture posture;
    private final Nations nations;

    ForceNames(Posture posture, Nations nations) {
        this.posture = posture;
        this.nations = nations;
    }

    @ModelAttribute("names")
    Names names() {
        return new Names(posture, nations);
    }

    /** The names for one page. */
    static final class Names {

        private final Posture posture;
        private final Nations nations;
        private @Nullable Map<String, String> nationNames;
        private @Nullable Map<String, String> commandNames;
        private @Nullable Map<String, String> locationNames;

        Names(Posture posture, Nations nations) {
            this.posture = posture;
            this.nations = nations;
        }

        /** A nation's name; the code itself for a nation the reference data does not know. */
        public String nation(@Nullable String code) {
            if (nationNames == null) {
                nationNames = nations.all().stream().collect(Collectors.toMap(Nation::code, Nation::name));
            }
            return named(nationNames, code);
        }

        public String command(@Nullable String code) {
            if (commandNames == null) {
                commandNames = posture.commands().stream().collect(Collectors.toMap(Command::code, Command::name));
            }
            return named(commandNames, code);
        }

        public String location(@Nullable String code) {
            if (locationNames == null) {
                locationNames = posture.locations().stream()
                        .collect(Collectors.toMap(Location::code, Location::name, (a, b) -> a));
            }
            return named(locationNames, code);
        }

        private static String named(Map<String, String> names, @Nullable String code) {
            return code == null ? "" : names.getOrDefault(code, code);
        }
    }
}
