package org.resolute.force.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.resolute.force.domain.Placemat;
import org.resolute.force.domain.PlacematCommand;
import org.resolute.force.domain.PlacematNation;
import org.resolute.kernel.Provenance;

/** The placemat in JSON: totals, one line per nation with its NATO standing and provenance, hub and spokes. */
record PlacematResponse(LocalDate date, int totalTroops, int nationCount, boolean includesIllustrative,
        List<Line> nations, List<PlacematCommand> commands) {

    static PlacematResponse of(Placemat placemat) {
        return new PlacematResponse(placemat.date(), placemat.totalTroops(), placemat.nationCount(),
                placemat.includesIllustrative(), placemat.nations().stream().map(Line::of).toList(),
                placemat.commands());
    }

    /** @param status "Ally" or "Operational partner" on the date */
    @Schema(name = "PlacematLine")
    record Line(String nation, String name, String status, int troops, Provenance provenance) {

        static Line of(PlacematNation nation) {
            return new Line(nation.nation(), nation.name(), nation.status(), nation.troops(), nation.provenance());
        }
    }
}
