package org.resolute.force;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The strength reports and what they add up to, always limited to the reports the current viewer may see:
 * every figure, the placemat's too, is computed from those.
 */
@NamedInterface("api")
public interface StrengthReports {

    /**
     * Checks and stores one report. {@link org.resolute.kernel.InvalidInput} naming the field for an unknown
     * nation, command or location, negative troops, or a report already stored for the same nation, command,
     * location, date and classification.
     */
    StrengthReport record(NewStrengthReport report);

    /** The force as of a date. */
    StrengthPicture asOf(LocalDate date);

    /**
     * The force month by month, oldest first: for each month with a visible report, the force as of the latest
     * visible report date in that month. For charts; it reads each place's latest report per month, so it does not
     * grow with daily reporting.
     */
    List<StrengthPicture> timeline();
}
