package org.resolute.advising;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Where advising is most needed: every institution by every functional area, for the current viewer. */
@NamedInterface("api")
public interface Coverage {

    /**
     * One cell per institution and functional area: approved engagements dated in the {@code days} up to and
     * including {@code asOf}, and the latest rating on or before {@code asOf}.
     */
    List<CoverageCell> coverage(LocalDate asOf, int days);
}
