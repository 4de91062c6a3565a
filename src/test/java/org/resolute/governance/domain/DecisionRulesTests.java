package org.resolute.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.governance.domain.CeilingChange;
import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionKind;
import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingKind;
import org.resolute.governance.domain.NewDecision;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

class DecisionRulesTests {

    final DecisionRules rules = new DecisionRules();

    static final Meeting BRUSSELS = new Meeting(UUID.randomUUID(), MeetingKind.SUMMIT, "Brussels Summit",
            LocalDate.of(2018, 7, 11), LocalDate.of(2018, 7, 12), "Brussels", "", new Provenance("S63", null,
                    ProvenanceStatus.EXACT), Marking.PUBLIC, 0);

    static NewDecision decision(DecisionKind kind, LocalDate decidedOn, UUID reaffirms, Marking marking,
            CeilingChange ceiling) {
        return new NewDecision(null, kind, "Sustain the mission", "Until conditions indicate a change", decidedOn,
                null, null, reaffirms, "S63", null, ProvenanceStatus.EXACT, marking, ceiling);
    }

    static Decision stored(UUID reaffirms, LocalDate decidedOn) {
        return new Decision(UUID.randomUUID(), null, reaffirms == null ? DecisionKind.COMMITMENT
                : DecisionKind.REAFFIRMATION, "t", "t", decidedOn, null, null, reaffirms,
                new Provenance("S", null, ProvenanceStatus.EXACT), Marking.PUBLIC, 0);
    }

    @Test
    void aDecisionAtAMeetingIsTakenOnItsLastDayUnlessADayOfTheMeetingIsGiven() {
        Decision decision = rules.check(UUID.randomUUID(), decision(DecisionKind.COMMITMENT, null, null, null, null),
                BRUSSELS, null);
        assertThat(decision.decidedOn()).isEqualTo(LocalDate.of(2018, 7, 12));
        assertThat(decision.marking()).isEqualTo(Marking.PUBLIC);
        assertThatThrownBy(() -> rules.check(UUID.randomUUID(), decision(DecisionKind.COMMITMENT,
                LocalDate.of(2018, 7, 13), null, null, null), BRUSSELS, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("decidedOn");
    }

    @Test
    void aReaffirmationOfAReaffirmationPointsAtTheFirstCommitment() {
        Decision commitment = stored(null, LocalDate.of(2018, 7, 12));
        Decision london = stored(commitment.id(), LocalDate.of(2019, 12, 4));
        Decision february = rules.check(UUID.randomUUID(), decision(DecisionKind.REAFFIRMATION,
                LocalDate.of(2020, 2, 13), london.id(), null, null), null, london);
        assertThat(february.reaffirms()).isEqualTo(commitment.id());
    }

    @Test
    void onlyAReaffirmationNamesACommitmentAndNeverALaterOne() {
        Decision commitment = stored(null, LocalDate.of(2018, 7, 12));
        assertThatThrownBy(() -> rules.check(UUID.randomUUID(), decision(DecisionKind.DECISION,
                LocalDate.of(2019, 1, 1), commitment.id(), null, null), null, commitment))
                .extracting("field").isEqualTo("reaffirms");
        assertThatThrownBy(() -> rules.check(UUID.randomUUID(), decision(DecisionKind.REAFFIRMATION,
                LocalDate.of(2019, 1, 1), null, null, null), null, null))
                .hasMessageContaining("Name the commitment");
        assertThatThrownBy(() -> rules.check(UUID.randomUUID(), decision(DecisionKind.REAFFIRMATION,
                LocalDate.of(2017, 1, 1), commitment.id(), null, null), null, commitment))
                .hasMessageContaining("cannot reaffirm one taken later");
    }

    @Test
    void onlyAPublicDecisionSetsATroopCeiling() {
        CeilingChange ceiling = new CeilingChange(11000, LocalDate.of(2020, 11, 1), null, null, null);
        assertThatThrownBy(() -> rules.check(UUID.randomUUID(), decision(DecisionKind.DECISION,
                LocalDate.of(2020, 2, 29), null, Marking.MISSION, ceiling), null, null))
                .extracting("field").isEqualTo("classification");
        assertThat(rules.check(UUID.randomUUID(), decision(DecisionKind.DECISION, LocalDate.of(2020, 2, 29), null,
                Marking.PUBLIC, ceiling), null, null).marking()).isEqualTo(Marking.PUBLIC);
    }
}
