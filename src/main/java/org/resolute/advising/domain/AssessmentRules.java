package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.resolute.kernel.InvalidInput;

/**
 * What a capability assessment needs, each refusal naming the field: a known institution and functional area, a
 * rating on the scale, a date not in the future, a rationale, and evidence: at least one engagement the assessor
 * may see, approved, with the same institution and functional area, held on or before the assessment's date and
 * no more sensitive than the assessment (so the rating never points at what its readers may not see).
 */
record AssessmentRules(Set<String> institutions, Set<String> areas, LocalDate today) {

    CapabilityRating check(NewAssessment assessment, Map<UUID, Engagement> visibleEvidence) {
        if (!institutions.contains(assessment.institution())) {
            throw new InvalidInput("institution", "error.choice",
                    "'" + assessment.institution() + "' is not a known institution");
        }
        if (!areas.contains(assessment.area())) {
            throw new InvalidInput("area", "error.choice",
                    "'" + assessment.area() + "' is not a known functional area");
        }
        CapabilityRating rating = CapabilityRating.of(assessment.rating());
        if (assessment.assessedOn() == null || assessment.assessedOn().isAfter(today)) {
            throw new InvalidInput("assessedOn", "advising.error.assessedOn",
                    "the assessment date is missing or in the future");
        }
        if (assessment.rationale().isEmpty()) {
            throw new InvalidInput("rationale", "advising.error.rationale",
                    "rationale is missing: say why this rating");
        }
        if (assessment.evidence().isEmpty()) {
            throw new InvalidInput("evidence", "advising.error.evidence",
                    "an assessment needs at least one approved engagement as evidence");
        }
        for (UUID id : assessment.evidence()) {
            Engagement engagement = visibleEvidence.get(id);
            if (engagement == null) {
                throw new InvalidInput("evidence", "error.choice", "engagement " + id + " is not one you may see");
            }
            evidence(assessment, engagement);
        }
        return rating;
    }

    private static void evidence(NewAssessment assessment, Engagement engagement) {
        String name = "engagement '" + engagement.title() + "'";
        if (engagement.status() != EngagementStatus.APPROVED) {
            throw new InvalidInput("evidence", "advising.error.evidenceApproved",
                    name + " is " + engagement.status() + ", not approved", engagement.title());
        }
        if (!engagement.institution().equals(assessment.institution())) {
            throw new InvalidInput("evidence", "advising.error.evidenceInstitution", name + " is about "
                    + engagement.institution() + ", not " + assessment.institution(), engagement.title());
        }
        if (!engagement.areas().contains(assessment.area())) {
            throw new InvalidInput("evidence", "advising.error.evidenceArea",
                    name + " is not about functional area " + assessment.area(), engagement.title());
        }
        if (engagement.date().isAfter(assessment.assessedOn())) {
            throw new InvalidInput("evidence", "advising.error.evidenceLater",
                    name + " is dated after the assessment", engagement.title());
        }
        if (!assessment.marking().classification().covers(engagement.marking().classification())) {
            throw new InvalidInput("classification", "advising.error.evidenceMarking", name + " is "
                    + engagement.marking().classification()
                    + ": the assessment must be marked at least as high as its evidence", engagement.title());
        }
    }
}
