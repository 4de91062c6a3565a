package org.resolute.mission.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.resolute.mission.CeilingKind;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The troop ceilings as recorded; the one in force is the latest started on or before the date, not ended. */
@Service
@Transactional(readOnly = true)
class CeilingRegister implements TroopCeilings {

    private final MissionTables tables;

    CeilingRegister(MissionTables tables) {
        this.tables = tables;
    }

    @Override
    public List<TroopCeiling> all() {
        return tables.ceilings();
    }

    @Override
    public Optional<TroopCeiling> missionCeilingOn(LocalDate date) {
        return inForce(date, ceiling -> ceiling.kind() == CeilingKind.MISSION);
    }

    @Override
    public Optional<TroopCeiling> nationalCapOn(String nation, LocalDate date) {
        return inForce(date, ceiling -> ceiling.kind() == CeilingKind.NATIONAL_CAP
                && ceiling.nation().map(nation::equalsIgnoreCase).orElse(false));
    }

    private Optional<TroopCeiling> inForce(LocalDate date, java.util.function.Predicate<TroopCeiling> scope) {
        return tables.ceilings().stream().filter(scope).filter(ceiling -> !ceiling.from().isAfter(date))
                .max(Comparator.comparing(TroopCeiling::from)).filter(ceiling -> ceiling.inForceOn(date));
    }
}
