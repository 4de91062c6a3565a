package org.resolute.force.domain;

import java.util.Set;
import java.util.stream.Collectors;

import org.resolute.force.NewStrengthReport;
import org.resolute.kernel.InvalidInput;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;

/** What a strength report must satisfy before it is stored: known nation, command and location; troops >= 0. */
final class StrengthRules {

    private final Set<String> nations;
    private final Set<String> commands;
    private final Set<String> locations;

    private StrengthRules(Set<String> nations, Set<String> commands, Set<String> locations) {
        this.nations = nations;
        this.commands = commands;
        this.locations = locations;
    }

    /** The rules as of now: the nations, commands and locations known to the reference and mission modules. */
    static StrengthRules current(Nations nations, Posture posture) {
        return new StrengthRules(nations.all().stream().map(Nation::code).collect(Collectors.toSet()),
                posture.commands().stream().map(Command::code).collect(Collectors.toSet()),
                posture.locations().stream().map(Location::code).collect(Collectors.toSet()));
    }

    /** {@link InvalidInput} naming the first field that breaks a rule. */
    void check(NewStrengthReport report) {
        known(nations, report.nation(), "nation");
        known(commands, report.command(), "command");
        known(locations, report.location(), "location");
        if (report.reportDate() == null) {
            throw new InvalidInput("reportDate", "error.required", "reportDate is missing");
        }
        if (report.troops() < 0) {
            throw new InvalidInput("troops", "force.error.troopsBelowZero",
                    "troops " + report.troops() + " is below 0");
        }
        report.marking().releasableTo().forEach(code -> known(nations, code, "releasableTo"));
    }

    private static void known(Set<String> known, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "error.required", field + " is missing");
        }
        if (!known.contains(code)) {
            throw new InvalidInput(field, "force.error.unknown", field + " '" + code + "' is not known", code);
        }
    }
}
