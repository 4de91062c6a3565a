package org.resolute.mission.domain;

import java.util.Locale;
import java.util.Optional;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InputText;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Provenance;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;
import org.resolute.mission.TroopCeiling;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Component;

/** What a new troop ceiling must satisfy before it is recorded; each refusal names the field at fault. */
@Component
class CeilingRules {

    private final Nations nations;

    CeilingRules(Nations nations) {
        this.nations = nations;
    }

    TroopCeiling check(NewCeiling ceiling) {
        if (ceiling.kind() == null) {
            throw new InvalidInput("kind", "mission.error.kind",
                    "Choose whether this is the mission ceiling or a national cap");
        }
        Optional<String> nation = nation(ceiling);
        if (ceiling.troops() == null || ceiling.troops() <= 0) {
            throw new InvalidInput("troops", "mission.error.troops", "Troops must be a whole number greater than 0");
        }
        if (ceiling.from() == null) {
            throw new InvalidInput("from", "mission.error.from", "Give the first day the ceiling is in force");
        }
        if (ceiling.until() != null && ceiling.until().isBefore(ceiling.from())) {
            throw new InvalidInput("until", "mission.error.until", "The last day in force (" + ceiling.until()
                    + ") comes before the first (" + ceiling.from() + ")");
        }
        String basis = required(ceiling.basis(), "basis", "mission.error.basis",
                "Say which decision or mandate set the ceiling", 400);
        String source = required(ceiling.source(), "source", "mission.error.source",
                "Name the source that states the figure", 200);
        if (ceiling.status() == null) {
            throw new InvalidInput("status", "mission.error.status",
                    "Choose how far the figure can be taken at its word");
        }
        String decisionRef = ceiling.decisionRef() == null ? "" : ceiling.decisionRef().trim();
        if (decisionRef.length() > 120) {
            throw new InvalidInput("decisionRef", "mission.error.tooLong",
                    "The decision reference is longer than 120 characters");
        }
        return new TroopCeiling(Ids.next(), ceiling.kind(), nation, ceiling.troops(), ceiling.from(),
                Optional.ofNullable(ceiling.until()), basis, new Provenance(source, ceiling.asOf(), ceiling.status()),
                Optional.of(decisionRef));
    }

    InvalidInput sameDay(TroopCeiling ceiling) {
        String scope = ceiling.kind() == CeilingKind.MISSION ? "A mission ceiling"
                : "A national cap for " + ceiling.nation().orElse("");
        return ceiling.kind() == CeilingKind.MISSION
                ? new InvalidInput("from", "mission.error.missionSameDay",
                        scope + " already starts on " + ceiling.from())
                : new InvalidInput("from", "mission.error.capSameDay", scope + " already starts on " + ceiling.from());
    }

    private Optional<String> nation(NewCeiling ceiling) {
        String code = ceiling.nation() == null ? "" : ceiling.nation().trim().toUpperCase(Locale.ROOT);
        if (ceiling.kind() == CeilingKind.MISSION) {
            if (!code.isEmpty()) {
                throw new InvalidInput("nation", "mission.error.nationForMission",
                        "The mission ceiling covers every nation; leave the nation empty");
            }
            return Optional.empty();
        }
        if (code.isEmpty()) {
            throw new InvalidInput("nation", "mission.error.nationForCap",
                    "A national cap needs the nation whose troops it limits");
        }
        return Optional.of(nations.find(code).map(found -> found.code())
                .orElseThrow(() -> new InvalidInput("nation", "mission.error.nationUnknown",
                        "'" + code + "' is not a known nation code", code)));
    }

    private static String required(String value, String field, String key, String message, int maxLength) {
        return InputText.required(value, field, maxLength, "mission.error.tooLong", key, message);
    }
}
