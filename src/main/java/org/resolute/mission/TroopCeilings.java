package org.resolute.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The ceilings that bound the force: the mission's over time, and nations' own caps. */
@NamedInterface("api")
public interface TroopCeilings {

    /** Every ceiling, mission-wide and national, oldest first. */
    List<TroopCeiling> all();

    /** The mission ceiling in force on a date: the latest that started on or before it and has not ended. */
    Optional<TroopCeiling> missionCeilingOn(LocalDate date);

    /** A nation's cap in force on a date. */
    Optional<TroopCeiling> nationalCapOn(String nation, LocalDate date);

    /**
     * Records a ceiling for a force planner or an administrator (a decision recorded by the governance module
     * comes here too), and writes it to the audit trail. Refused with {@link org.resolute.kernel.InvalidInput}
     * naming the field: troops must be more than 0; {@code until} may not come before {@code from}; a national
     * cap needs a known nation and the mission ceiling takes none; basis and source are required; no two ceilings
     * of the same scope may start on the same day.
     */
    TroopCeiling record(NewCeiling ceiling);
}
