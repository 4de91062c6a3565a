package org.resolute.funding.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/**
 * An allocation, disbursement or expenditure of a fund for a project, in US dollars, with its posting; or a
 * conversion between two of the fund's currencies (no project; the amount is what it bought).
 *
 * @param conversion what a conversion sold and at what rate; null for the other kinds
 */
public record Movement(UUID id, String fund, MovementKind kind, @Nullable String project, Money amount,
        LocalDate valueDate,
        String description, UUID posting, Provenance provenance, Marking marking, @Nullable Conversion conversion)
        implements Marked {
}
