package org.resolute.advising.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records capability assessments after checking their evidence, and reads them for the current viewer. */
@Service
@Transactional(readOnly = true)
class AssessmentBook implements Assessments {

    private final AssessmentTable table;
    private final EngagementTable engagements;
    private final StructureBook structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentBook(AssessmentTable table, EngagementTable engagements, StructureBook structure,
            ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.engagements = engagements;
        this.structure = structure;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CapabilityAssessment record(NewAssessment assessment) {
        Viewer viewer = Viewers.current();
        if (!viewer.canSee(assessment.marking())) {
            throw new InvalidInput("classification", "advising.error.markingAboveClearance",
                    "you may not mark an assessment " + assessment.marking()
                    + ": you could no longer see it");
        }
        Map<UUID, Engagement> evidence = engagements.byIds(assessment.evidence()).stream()
                .collect(Collectors.toMap(Engagement::id, Function.identity()));
        AssessmentRules rules = new AssessmentRules(
                structure.institutions().stream().map(HostInstitution::code).collect(Collectors.toSet()),
                structure.areas().stream().map(FunctionalArea::code).collect(Collectors.toSet()),
                LocalDate.now(clock));
        CapabilityRating rating = rules.check(assessment, evidence);
        CapabilityAssessment stored = new CapabilityAssessment(Ids.next(), assessment.institution(),
                assessment.area(), rating, assessment.assessedOn(), viewer.username(), assessment.rationale(),
                assessment.evidence(), clock.instant(), new Provenance("assessment by " + viewer.username(),
                        assessment.assessedOn(), ProvenanceStatus.EXACT), assessment.marking());
        store(List.of(stored));
        return stored;
    }

    @Transactional
    public void store(List<CapabilityAssessment> assessments) {
        table.insert(assessments);
        assessments.forEach(a -> events.publishEvent(RecordChanged.created("CapabilityAssessment", a.id(), a,
                a.marking())));
    }

    @Override
    public List<CapabilityAssessment> history(String institution, String area) {
        return table.history(institution, area);
    }

    @Override
    public PageResult<CapabilityAssessment> search(String institution, String area, PageQuery page) {
        return table.page(institution, area, page);
    }

    List<CapabilityAssessment> upTo(LocalDate date) {
        return table.upTo(date);
    }
}
