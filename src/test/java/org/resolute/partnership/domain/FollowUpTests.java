package org.resolute.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FollowUpTests {

    static final LocalDate DUE = LocalDate.of(2020, 3, 31);

    static FollowUp followUp(LocalDate closedOn) {
        return new FollowUp(UUID.randomUUID(), UUID.randomUUID(), "Send the plan", "MoD", DUE, closedOn, "", 0);
    }

    @Test
    void anOpenFollowUpIsOverdueOnlyAfterItsDueDay() {
        assertThat(followUp(null).isOverdueOn(DUE)).isFalse();
        assertThat(followUp(null).isOverdueOn(DUE.plusDays(1))).isTrue();
    }

    @Test
    void aClosedFollowUpIsNeverOverdue() {
        assertThat(followUp(DUE.plusDays(10)).isOverdueOn(DUE.plusYears(1))).isFalse();
        assertThat(followUp(DUE.plusDays(10)).isOpen()).isFalse();
    }
}
