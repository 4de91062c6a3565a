package org.resolute.force.api;

import java.util.List;

import org.resolute.force.domain.Offer;
import org.resolute.force.domain.Requirement;

/** A requirement with the offers against it that the caller may see. */
record RequirementDetail(Requirement requirement, List<Offer> offers) {
}
