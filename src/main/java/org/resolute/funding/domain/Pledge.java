package org.resolute.funding.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/**
 * A donor's promise to a fund of an amount a year, in the pledge's currency, for each year from {@code firstYear}
 * to {@code lastYear} (a multi-year commitment spans several).
 *
 * @param boardMeeting the Board plenary that confirmed it; null until confirmed
 */
public record Pledge(UUID id, String donor, String fund, int firstYear, int lastYear, Money annualAmount,
        PledgeStatus status, LocalDate announcedOn, @Nullable UUID boardMeeting, Provenance provenance, Marking marking,
        long version) implements Marked {

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public int years() {
        return lastYear - firstYear + 1;
    }
}
