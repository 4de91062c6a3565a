package org.resolute.advising.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.advising.EngagementMode;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/** An assessment stands on approved engagements about the same institution and area, no more sensitive than it. */
class AssessmentRulesTests {

    static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
    final AssessmentRules rules = new AssessmentRules(Set.of("209-CORPS", "MOD"), Set.of("EF4", "EF5"), TODAY);

    static Engagement engagement(String institution, String area, Marking marking, boolean approve) {
        EngagementInput input = new EngagementInput("Fuel plan", "TAAC-N", institution, TODAY.minusDays(10), 60,
                "HQ", true, EngagementMode.PERSISTENT, Atmosphere.NEUTRAL, "outcome", "", "", "DEU", List.of(area),
                List.of(), List.of("Advisor"), List.of(), marking);
        Engagement draft = Engagement.from(Ids.next(), input, "advisor",
                new Provenance("report", TODAY, ProvenanceStatus.EXACT), Instant.EPOCH);
        return approve ? draft.submit(TODAY).approve("lead", Instant.EPOCH) : draft;
    }

    static NewAssessment assessment(List<UUID> evidence, Marking marking) {
        return new NewAssessment("209-CORPS", "EF5", 3, TODAY, "fuel is accounted for monthly", evidence, marking);
    }

    String refusedField(NewAssessment assessment, Map<UUID, Engagement> evidence) {
        try {
            rules.check(assessment, evidence);
        } catch (InvalidInput e) {
            return e.field();
        }
        return "accepted";
    }

    @Test
    void anAssessmentWithoutEvidenceIsRefused() {
        assertThatThrownBy(() -> rules.check(assessment(List.of(), Marking.MISSION), Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one approved engagement");
    }

    @Test
    void approvedEvidenceOnTheSameInstitutionAndAreaIsAccepted() {
        Engagement evidence = engagement("209-CORPS", "EF5", Marking.MISSION, true);
        assertThat(rules.check(assessment(List.of(evidence.id()), Marking.MISSION), Map.of(evidence.id(), evidence)))
                .isEqualTo(CapabilityRating.PARTIALLY_CAPABLE);
    }

    @Test
    void evidenceThatIsUnseenUnapprovedElsewhereOrMoreSensitiveIsRefused() {
        Engagement unapproved = engagement("209-CORPS", "EF5", Marking.MISSION, false);
        Engagement elsewhere = engagement("MOD", "EF5", Marking.MISSION, true);
        Engagement otherArea = engagement("209-CORPS", "EF4", Marking.MISSION, true);
        Engagement restricted = engagement("209-CORPS", "EF5", Marking.RESTRICTED, true);
        assertThat(refusedField(assessment(List.of(Ids.next()), Marking.MISSION), Map.of())).isEqualTo("evidence");
        assertThat(refusedField(assessment(List.of(unapproved.id()), Marking.MISSION),
                Map.of(unapproved.id(), unapproved))).isEqualTo("evidence");
        assertThat(refusedField(assessment(List.of(elsewhere.id()), Marking.MISSION),
                Map.of(elsewhere.id(), elsewhere))).isEqualTo("evidence");
        assertThat(refusedField(assessment(List.of(otherArea.id()), Marking.MISSION),
                Map.of(otherArea.id(), otherArea))).isEqualTo("evidence");
        assertThat(refusedField(assessment(List.of(restricted.id()), Marking.MISSION),
                Map.of(restricted.id(), restricted))).isEqualTo("classification");
        assertThat(refusedField(assessment(List.of(restricted.id()), Marking.RESTRICTED),
                Map.of(restricted.id(), restricted))).isEqualTo("accepted");
    }

    @Test
    void aRatingOffTheScaleOrDatedInTheFutureIsRefused() {
        Engagement evidence = engagement("209-CORPS", "EF5", Marking.MISSION, true);
        NewAssessment offScale = new NewAssessment("209-CORPS", "EF5", 7, TODAY, "why", List.of(evidence.id()),
                Marking.MISSION);
        assertThat(refusedField(offScale, Map.of(evidence.id(), evidence))).isEqualTo("rating");
        NewAssessment future = new NewAssessment("209-CORPS", "EF5", 3, TODAY.plusDays(1), "why",
                List.of(evidence.id()), Marking.MISSION);
        assertThat(refusedField(future, Map.of(evidence.id(), evidence))).isEqualTo("assessedOn");
    }
}
