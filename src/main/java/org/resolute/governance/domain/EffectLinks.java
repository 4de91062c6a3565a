package org.resolute.governance.domain;

import java.util.Locale;
import java.util.UUID;

import org.resolute.funding.FundingHorizons;
import org.resolute.kernel.InvalidInput;
import org.resolute.mission.Missions;
import org.resolute.mission.TroopCeilings;
import org.springframework.stereotype.Component;

/** Checks, through the mission module's API, that a record a decision changed exists there; says where it is shown. */
@Component
class EffectLinks {

    private final TroopCeilings ceilings;
    private final Missions missions;
    private final FundingHorizons horizons;

    EffectLinks(TroopCeilings ceilings, Missions missions, FundingHorizons horizons) {
        this.ceilings = ceilings;
        this.missions = missions;
        this.horizons = horizons;
    }

    /** The effect, checked: a record in another module must exist there; a change in words needs its words. */
    NewEffect check(NewEffect effect) {
        if (effect.kind() == null) {
            throw new InvalidInput("kind", "governance.error.effectKind",
                    "Choose what kind of record the decision changed");
        }
        String summary = DecisionRules.optional(effect.summary(), "summary", 400);
        String ref = effect.recordRef() == null ? "" : effect.recordRef().trim();
        String found = switch (effect.kind()) {
            case TROOP_CEILING -> ceilings.all().stream().filter(ceiling -> ceiling.id().toString().equals(ref))
                    .findFirst().map(ceiling -> "Mission ceiling of " + String.format(Locale.ENGLISH,
                            "%,d", ceiling.troops()) + " troops from " + ceiling.from())
                    .orElseThrow(() -> unknown("troop ceiling", ref));
            case MISSION_PHASE -> missions.current().stream().flatMap(m -> missions.phasesOf(m.code()).stream())
                    .filter(phase -> phase.id().toString().equals(ref)).findFirst()
                    .map(phase -> "Mission phase: " + phase.name() + " from " + phase.from())
                    .orElseThrow(() -> unknown("mission phase", ref));
            case LEGAL_INSTRUMENT -> missions.current().stream()
                    .flatMap(m -> missions.instrumentsOf(m.code()).stream())
                    .filter(instrument -> instrument.id().toString().equals(ref)).findFirst()
                    .map(instrument -> "Legal instrument: " + instrument.title())
                    .orElseThrow(() -> unknown("legal instrument", ref));
            case FUNDING_HORIZON -> ref.isEmpty() ? null : horizons.find(uuid(ref))
                    .map(horizon -> horizon.fund() + " support committed through " + horizon.throughYear())
                    .orElseThrow(() -> new InvalidInput("recordRef", "governance.error.target",
                            "The funding module has no funding horizon "
                            + "with id '" + ref + "'; write FUND:YEAR to record one, e.g. ANATF:2024"));
            default -> null;
        };
        if (found == null) {
            if (summary.isEmpty()) {
                throw new InvalidInput("summary", "governance.error.effectSummary",
                        "Say in words what the decision changed");
            }
            return new NewEffect(effect.kind(), null, summary);
        }
        return new NewEffect(effect.kind(), ref, summary.isEmpty() ? found : summary);
    }

    static String link(EffectKind kind, String ref) {
        if (ref == null) {
            return null;
        }
        return switch (kind) {
            case TROOP_CEILING -> "/mission/ceilings";
            case MISSION_PHASE -> "/mission";
            case LEGAL_INSTRUMENT -> "/governance/legal";
            case FUNDING_HORIZON -> "/funding#horizons-heading";
            default -> null;
        };
    }

    /** The reference by which the mission's ceiling page links back to a decision. */
    static String decisionPath(UUID decision) {
        return "/governance/decisions/" + decision;
    }

    private static UUID uuid(String ref) {
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("recordRef", "governance.error.target",
                    "'" + ref + "' is neither a funding horizon's id nor FUND:YEAR");
        }
    }

    private static InvalidInput unknown(String what, String ref) {
        return new InvalidInput("recordRef", "governance.error.target",
                "The mission module has no " + what + " with id '" + ref + "'");
    }
}
