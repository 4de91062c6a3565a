package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.resolute.kernel.Marking;

/** A rating as a lead or an advisor enters it, with the engagements it rests on. */
public record NewAssessment(String institution, String area, int rating, LocalDate assessedOn, String rationale,
        List<UUID> evidence, Marking marking) {

    public NewAssessment {
        institution = institution == null ? "" : institution.trim().toUpperCase(Locale.ROOT);
        area = area == null ? "" : area.trim().toUpperCase(Locale.ROOT);
        rationale = rationale == null ? "" : rationale.trim();
        evidence = evidence == null ? List.of() : evidence.stream().distinct().toList();
        marking = marking == null ? Marking.MISSION : marking;
    }
}
