package org.resolute.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo mission's hub, spokes and ceilings, as the public record gives them, on both databases. */
abstract class PostureTests {

    @Autowired
    Posture posture;

    @Autowired
    TroopCeilings ceilings;

    @Test
    void hasOneHubAndFourSpokesWithTheirLeadNations() {
        assertThat(posture.commands()).filteredOn(command -> command.kind() == CommandKind.HUB)
                .extracting(Command::code).containsExactly("RSHQ");
        assertThat(posture.commands()).filteredOn(command -> command.kind() == CommandKind.SPOKE)
                .extracting(Command::code, Command::leadNation)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TAAC-N", "DEU"),
                        org.assertj.core.groups.Tuple.tuple("TAAC-W", "ITA"),
                        org.assertj.core.groups.Tuple.tuple("TAAC-S", "USA"),
                        org.assertj.core.groups.Tuple.tuple("TAAC-E", "USA"));
        assertThat(posture.location(posture.command("TAAC-N").orElseThrow().location()).orElseThrow().name())
                .contains("Mazar-e-Sharif");
    }

    @Test
    void theMissionCeilingFellFromAbout16000ToFewerThan11000() {
        assertThat(ceilings.missionCeilingOn(LocalDate.of(2020, 6, 1))).hasValueSatisfying(
                ceiling -> assertThat(ceiling.troops()).isEqualTo(16000));
        assertThat(ceilings.missionCeilingOn(LocalDate.of(2021, 2, 1))).hasValueSatisfying(ceiling -> {
            assertThat(ceiling.troops()).isEqualTo(11000);
            assertThat(ceiling.provenance().status()).isEqualTo(org.resolute.kernel.ProvenanceStatus.UPPER_BOUND);
        });
        assertThat(ceilings.missionCeilingOn(LocalDate.of(2015, 1, 1))).isEmpty();
    }

    @Test
    void germanysParliamentaryCapHoldsOnlyWhileItsMandateRuns() {
        assertThat(ceilings.nationalCapOn("DEU", LocalDate.of(2020, 6, 1))).hasValueSatisfying(
                cap -> assertThat(cap.troops()).isEqualTo(1300));
        assertThat(ceilings.nationalCapOn("DEU", LocalDate.of(2022, 6, 1))).isEmpty();
        assertThat(ceilings.nationalCapOn("FRA", LocalDate.of(2020, 6, 1))).isEmpty();
    }
}

@OnH2
class PostureOnH2Tests extends PostureTests {
}

@OnPostgres
class PostureOnPostgresTests extends PostureTests {
}
