package org.resolute.funding.domain;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/**
 * A nation or organisation that gives to a fund.
 *
 * @param code the ISO 3166 alpha-3 code for a nation, a short code for an organisation
 * @param nation the nation whose representatives see this donor's non-public records; null for an organisation
 * @param iatiIdentifier the IATI organisation identifier (e.g. GB-GOV-1)
 */
public record Donor(String code, String name, DonorKind kind, @Nullable String nation,
        @Nullable String iatiIdentifier) {

    public Donor {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{2,20}")) {
            throw new InvalidInput("code", "a donor code is 2 to 20 letters, digits or dashes");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInput("name", "a donor needs a name of at most 200 characters");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "a donor is a NATION or an ORGANISATION");
        }
        nation = nation == null || nation.isBlank() ? null : nation.strip().toUpperCase(Locale.ROOT);
        if (kind == DonorKind.NATION && (nation == null || !nation.matches("[A-Z]{3}"))) {
            throw new InvalidInput("nation", "a nation donor needs its ISO 3166 alpha-3 code");
        }
        if (iatiIdentifier == null || !iatiIdentifier.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{1,99}")) {
            throw new InvalidInput("iatiIdentifier", "an IATI organisation identifier looks like GB-GOV-1 or XM-DAC-41114");
        }
        iatiIdentifier = iatiIdentifier.strip();
    }

    /** The marking of a record that names none: this donor's non-public records go to its own nation only. */
    public Marking defaultMarking() {
        return nation == null ? Marking.MISSION : Marking.of(Classification.MISSION, List.of(nation));
    }
}
