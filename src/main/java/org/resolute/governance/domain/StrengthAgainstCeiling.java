package org.resolute.governance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.stereotype.Component;

/** The force reported on a day against the mission ceiling then in force, through the force and mission APIs. */
@Component
class StrengthAgainstCeiling {

    static final String NAME = "Troops reported against the mission ceiling";

    private final StrengthReports strength;
    private final TroopCeilings ceilings;

    StrengthAgainstCeiling(StrengthReports strength, TroopCeilings ceilings) {
        this.strength = strength;
        this.ceilings = ceilings;
    }

    IndicatorValue on(LocalDate day) {
        StrengthPicture picture = strength.asOf(day);
        Optional<TroopCeiling> ceiling = ceilings.missionCeilingOn(day);
        int troops = picture.totalTroops();
        String value = ceiling.map(limit -> String.format(Locale.ENGLISH, "%,d of %,d troops (%s %%) from %d nations",
                troops, limit.troops(), BigDecimal.valueOf(troops * 100L).divide(BigDecimal.valueOf(limit.troops()),
                        1, RoundingMode.HALF_UP).toPlainString(), picture.nationCount()))
                .orElse(String.format(Locale.ENGLISH, "%,d troops from %d nations; no mission ceiling in force",
                        troops, picture.nationCount()));
        return new IndicatorValue(IndicatorKind.STRENGTH_AGAINST_CEILING, NAME, value, BigDecimal.valueOf(troops),
                provenance(day, picture, ceiling));
    }

    private static Provenance provenance(LocalDate day, StrengthPicture picture, Optional<TroopCeiling> ceiling) {
        String source = "Strength reports as of " + day
                + ceiling.map(limit -> "; ceiling: " + limit.provenance().source()).orElse("");
        ProvenanceStatus status = picture.includesIllustrative() ? ProvenanceStatus.ILLUSTRATIVE
                : picture.nations().stream().map(nation -> nation.provenance().status())
                        .filter(s -> s != ProvenanceStatus.EXACT).findFirst().orElse(ProvenanceStatus.EXACT);
        return new Provenance(source.length() > 400 ? source.substring(0, 400) : source, day, status);
    }
}
