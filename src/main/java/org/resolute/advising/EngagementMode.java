package org.resolute.advising;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** How the advisors met their counterparts. */
@NamedInterface("api")
public enum EngagementMode {
    /** Advisors co-located with their counterparts. */
    PERSISTENT,
    /** Advisors travelling out from their base for a few days. */
    EXPEDITIONARY,
    /** By video or telephone. */
    REMOTE,
    /** Advisors flown in for the day. */
    FLY_TO_ADVISE;

    public String label() {
        return this == REMOTE ? "remote / video" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
