package org.resolute.planning.domain;

import java.util.List;

/** A requirement the plan leaves short, with how short and why, in plain words. */
public record UnmetRequirement(String requirement, String label, int priority, String location, int required,
        int coveredBefore, int coveredAfter, List<String> reasons) {

    public UnmetRequirement {
        reasons = List.copyOf(reasons);
    }
}
