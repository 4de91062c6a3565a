package org.resolute.planning.domain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint scored what it did, in plain words, about one team, requirement, location or nation: what the
 * plan shows beside each assignment and each unmet requirement.
 *
 * @see DeploymentConstraints
 */
public interface Reason extends ConstraintJustification {

    /** The id of the team or requirement, the location code, the nation code, or "force", it is about. */
    String subject();

    String words();
}
