package org.resolute.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The ceilings that bound the force: the mission's over time, and nations' own caps. */
public interface TroopCeilings {

    /** Every ceiling, mission-wide and national, oldest first. */
    List<TroopCeiling> all();

    /** The mission ceiling in force on a date: the latest that started on or before it and has not ended. */
    Optional<TroopCeiling> missionCeilingOn(LocalDate date);

    /** A nation's cap in force on a date. */
    Optional<TroopCeiling> nationalCapOn(String nation, LocalDate date);
}
