package org.resolute.advising.domain;

import java.util.List;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** Capability assessments, each backed by approved engagements; reads limited to what the viewer may see. */
public interface Assessments {

    /**
     * Checks and stores a rating. Refused ({@code InvalidInput} naming the field) without evidence, with evidence
     * the assessor may not see, that is not approved, is about another institution or functional area, is dated
     * after the assessment, or is more sensitive than the assessment's own marking.
     */
    CapabilityAssessment record(NewAssessment assessment);

    /** The ratings of an institution in a functional area, oldest first. */
    List<CapabilityAssessment> history(String institution, String area);

    /** Assessments matching the filters (each may be empty), latest first. */
    PageResult<CapabilityAssessment> search(String institution, String area, PageQuery page);

    /** The latest rating and its trend against the one before. */
    record Latest(CapabilityAssessment assessment, Trend trend) {
    }
}
