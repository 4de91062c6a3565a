package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.FillState;
import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirement;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

class FillStateTests {

    @Test
    void onlyAcceptedOffersFillARequirement() {
        assertThat(FillState.of(40, 0)).isEqualTo(FillState.GAP);
        assertThat(FillState.of(40, 39)).isEqualTo(FillState.PARTIAL);
        assertThat(FillState.of(40, 40)).isEqualTo(FillState.FILLED);
        assertThat(FillState.of(40, 55)).isEqualTo(FillState.FILLED);
    }

    @Test
    void anOpenOfferIsCountedApartAndLeavesTheGap() {
        Requirement requirement = new Requirement(UUID.randomUUID(), "CJSOR-T", "Advisor team", Activity.ADVISING,
                40, "RSHQ", "KABUL", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), 1, 0, 0, FillState.GAP,
                Provenance.illustrative("test", null), Marking.MISSION, 0);
        Requirement offered = requirement.counting(OfferStatus.OFFERED, 30);
        assertThat(offered.fillState()).isEqualTo(FillState.GAP);
        assertThat(offered.offered()).isEqualTo(30);
        Requirement accepted = offered.counting(OfferStatus.ACCEPTED, 25);
        assertThat(accepted.fillState()).isEqualTo(FillState.PARTIAL);
        assertThat(accepted.shortfall()).isEqualTo(15);
        assertThat(accepted.version()).isEqualTo(2);
    }
}
