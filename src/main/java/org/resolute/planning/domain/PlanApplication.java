package org.resolute.planning.domain;

import java.time.LocalDate;

/**
 * What applying a plan recorded, all in one transaction, each change in the audit trail.
 *
 * @param effective the date from which the plan's posture holds: the date of the strength reports it recorded
 * @param strengthReports strength reports recorded (one per nation, command and location; 0 where the plan keeps
 *        no troops), so that the force as of the date is the plan's
 * @param positionsMoved advisor positions that followed their nation's team to other work
 * @param positionsVacated advisor positions whose holding ended because the plan withdrew or moved their team
 */
public record PlanApplication(Plan plan, LocalDate effective, int strengthReports, int positionsMoved,
        int positionsVacated) {
}
