package org.resolute.advising.domain;

import org.resolute.kernel.StaleUpdate;

/** A workflow step the engagement's current state does not allow (approving a draft, editing an approval): 409. */
public class EngagementStateConflict extends StaleUpdate {

    private final String reason;

    public EngagementStateConflict(String reason) {
        super("The engagement");
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
