package org.resolute.mission;

import java.time.LocalDate;

import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * The mission itself: what it is, whose invitation it answers, when it began and what it followed, and its end
 * where a source states one. Each dated fact carries its own provenance.
 *
 * @param code short name, e.g. {@code RSM}
 * @param nature how the mission is led and what it may do, e.g. "NATO-led, non-combat"
 * @param purpose what the mission is for, e.g. train, advise and assist
 * @param hostNation ISO 3166 alpha-3 code of the nation that invited the mission
 * @param basis where the nature, purpose and invitation are stated
 * @param predecessor the mission it followed; null when none is recorded
 * @param predecessorEndedOn the day the predecessor completed; null when none is recorded
 * @param predecessorEnd where that day is stated; null with the predecessor
 * @param endedOn the day the mission ended; null while it runs or when no recorded source states the day
 * @param endNote what the sources say of the end, in words (empty when nothing)
 * @param end where the end is stated; null when nothing is
 */
@NamedInterface("api")
public record MissionRecord(String code, String name, String nature, String purpose, String hostNation,
        String invitation, Provenance basis, LocalDate launchedOn, Provenance launch, String predecessor,
        LocalDate predecessorEndedOn, Provenance predecessorEnd, LocalDate endedOn, String endNote,
        Provenance end) {
}
