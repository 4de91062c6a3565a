package org.resolute.partnership;

import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.Provenance;
import org.resolute.partnership.domain.Track;
import org.springframework.modulith.NamedInterface;

/**
 * The partnership itself: what it is, where and when it was set up and strengthened, each with its source.
 *
 * @param goal what the partnership aims at in the longer term
 * @param strengthenedOn the day it was strengthened; null when no source states one
 */
@NamedInterface("api")
public record PartnershipRecord(String code, String name, String purpose, String goal, LocalDate setUpOn,
        String setUpAt, Provenance setUp, LocalDate strengthenedOn, String strengthenedAt, String strengthenedHow,
        Provenance strengthened) {

    /** Its two tracks. */
    public List<Track> tracks() {
        return List.of(Track.values());
    }
}
