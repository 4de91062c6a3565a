package org.resolute.advising;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Changes to advisor positions that another module decides (the planner's applied plans), each reaching the audit
 * trail with its basis, e.g. "plan 0190...".
 */
@NamedInterface("api")
public interface PositionChanges {

    /**
     * Moves the position to advise another institution in another functional area, from that institution's command
     * and location; its counterpart positions, which belonged to the institution it leaves, are cleared.
     * {@link org.resolute.kernel.NotFound} for an unknown position; {@link org.resolute.kernel.InvalidInput} naming
     * institution or area for an unknown one.
     */
    AdvisorPosition move(UUID position, String institution, String area, String basis);

    /**
     * Ends, on the day before {@code from}, the holding of the position that runs on that day; a position nobody
     * holds then, or whose holding starts that very day, is left as it is.
     */
    AdvisorPosition vacate(UUID position, LocalDate from, String basis);
}
