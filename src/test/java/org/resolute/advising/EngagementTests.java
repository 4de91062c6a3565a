package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resolute.advising.domain.CapabilityRating;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.EngagementInput;
import org.resolute.advising.domain.EngagementStateConflict;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.advising.domain.Trend;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/** The engagement report's workflow rules, without Spring. */
class EngagementTests {

    static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
    static final Instant NOW = Instant.parse("2021-03-01T10:00:00Z");

    static Engagement draft() {
        return Engagement.from(org.resolute.kernel.Ids.next(), EngagementMother.held("Fuel plan", TODAY.minusDays(1)),
                "advisor", new Provenance("report", TODAY, ProvenanceStatus.EXACT), NOW);
    }

    @Test
    void aHeldReportStartsAsADraftAndAPlannedOneAsPlanned() {
        assertThat(draft().status()).isEqualTo(EngagementStatus.DRAFT);
        EngagementInput planned = EngagementMother.held("Plan", TODAY.plusDays(3));
        planned = new EngagementInput(planned.title(), planned.command(), planned.institution(), planned.date(), 60,
                planned.place(), false, planned.mode(), null, "", "", "", planned.advisorNation(), planned.areas(),
                planned.pillars(), planned.advisors(), planned.counterparts(), planned.marking());
        Engagement engagement = Engagement.from(org.resolute.kernel.Ids.next(), planned, "advisor",
                new Provenance("report", TODAY, ProvenanceStatus.EXACT), NOW);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.PLANNED);
        assertThat(engagement.due(TODAY)).isFalse();
        assertThat(engagement.due(TODAY.plusDays(4))).isTrue();
    }

    @Test
    void aDraftIsSubmittedThenApproved() {
        Engagement approved = draft().submit(TODAY).approve("lead", NOW);
        assertThat(approved.status()).isEqualTo(EngagementStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("lead");
    }

    @Test
    void refusesApprovalUnlessSubmitted() {
        assertThatThrownBy(() -> draft().approve("lead", NOW)).isInstanceOf(EngagementStateConflict.class)
                .hasMessageContaining("Only a submitted report can be approved; this one is DRAFT");
    }

    @Test
    void aReturnNeedsACommentAndTheReturnedReportIsFixedAndSubmittedAgain() {
        Engagement submitted = draft().submit(TODAY);
        assertThatThrownBy(() -> submitted.returnToAuthor(" ", "lead", NOW)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("comment");
        Engagement returned = submitted.returnToAuthor("name the fuel figures", "lead", NOW);
        assertThat(returned.statusNote()).isEqualTo("name the fuel figures");
        Engagement fixed = returned.revise(EngagementMother.held("Fuel plan, figures named", TODAY.minusDays(1)));
        assertThat(fixed.status()).isEqualTo(EngagementStatus.RETURNED);
        assertThat(fixed.submit(TODAY).status()).isEqualTo(EngagementStatus.SUBMITTED);
    }

    @Test
    void anApprovedReportCanNoLongerBeChangedCancelledOrReturned() {
        Engagement approved = draft().submit(TODAY).approve("lead", NOW);
        assertThatThrownBy(() -> approved.revise(EngagementMother.held("x", TODAY)))
                .isInstanceOf(EngagementStateConflict.class);
        assertThatThrownBy(() -> approved.cancel("no longer needed", "advisor", NOW))
                .isInstanceOf(EngagementStateConflict.class);
        assertThatThrownBy(() -> approved.returnToAuthor("late comment", "lead", NOW))
                .isInstanceOf(EngagementStateConflict.class);
        assertThatThrownBy(() -> approved.submit(TODAY)).isInstanceOf(EngagementStateConflict.class);
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        assertThatThrownBy(() -> draft().cancel("", "advisor", NOW)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("reason");
        Engagement cancelled = draft().cancel("counterpart on leave", "advisor", NOW);
        assertThat(cancelled.status()).isEqualTo(EngagementStatus.CANCELLED);
        assertThatThrownBy(() -> cancelled.submit(TODAY)).isInstanceOf(EngagementStateConflict.class);
    }

    @Test
    void aReportWithoutKeyOutcomesOrAtmosphereIsNotSubmitted() {
        EngagementInput bare = EngagementMother.held("Bare", TODAY);
        EngagementInput noOutcomes = new EngagementInput(bare.title(), bare.command(), bare.institution(), bare.date(),
                60, bare.place(), true, bare.mode(), bare.atmosphere(), " ", "", "", bare.advisorNation(), bare.areas(),
                bare.pillars(), bare.advisors(), bare.counterparts(), bare.marking());
        Engagement engagement = draft().revise(noOutcomes);
        assertThatThrownBy(() -> engagement.submit(TODAY)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("keyOutcomes");
        EngagementInput noAtmosphere = new EngagementInput(bare.title(), bare.command(), bare.institution(),
                bare.date(), 60, bare.place(), true, bare.mode(), null, "outcome", "", "", bare.advisorNation(),
                bare.areas(), bare.pillars(), bare.advisors(), bare.counterparts(), bare.marking());
        assertThatThrownBy(() -> draft().revise(noAtmosphere).submit(TODAY)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("atmosphere");
    }

    @Test
    void aReportAsHeldCannotGoBackToPlanned() {
        EngagementInput held = EngagementMother.held("Held", TODAY);
        EngagementInput planned = new EngagementInput(held.title(), held.command(), held.institution(), held.date(),
                60, held.place(), false, held.mode(), null, "", "", "", held.advisorNation(), held.areas(),
                held.pillars(), held.advisors(), held.counterparts(), held.marking());
        assertThatThrownBy(() -> draft().revise(planned)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("held");
    }

    @Test
    void theRatingScaleRunsFromOneToFiveAndRefusesOtherLevels() {
        assertThat(CapabilityRating.of(1)).isEqualTo(CapabilityRating.NOT_CAPABLE);
        assertThat(CapabilityRating.of(5)).isEqualTo(CapabilityRating.SUSTAINING);
        for (int level : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> CapabilityRating.of(level)).isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("rating");
        }
        assertThat(Trend.between(CapabilityRating.DEVELOPING, CapabilityRating.CAPABLE)).isEqualTo(Trend.IMPROVING);
        assertThat(Trend.between(CapabilityRating.CAPABLE, CapabilityRating.DEVELOPING)).isEqualTo(Trend.DECLINING);
        assertThat(Trend.between(null, CapabilityRating.CAPABLE)).isEqualTo(Trend.FIRST_RATING);
    }
}
