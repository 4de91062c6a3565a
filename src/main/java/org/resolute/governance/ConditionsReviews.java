package org.resolute.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conditions reviews, limited to what the current viewer may see; administrators record them. */
public interface ConditionsReviews {

    /** Every visible review, latest first. */
    List<ConditionsReview> all();

    Optional<ConditionsReview> find(UUID id);

    /**
     * Records a review (ADMIN). Strength against ceiling, when asked for, is computed from the strength reports
     * and the mission ceiling in force on the review day; {@link org.resolute.kernel.InvalidInput} names the
     * field at fault.
     */
    ConditionsReview record(NewReview review);
}
