package org.resolute.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.domain.CeilingBook;
import org.resolute.mission.domain.CeilingQuery;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What a recorded troop ceiling must satisfy, who may record one, and that it reaches the audit trail. */
abstract class CeilingRecordingTests {

    static final Viewer PLANNER = new Viewer("planner", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    CeilingBook ceilings;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    /** A start day no other test uses: far in the future, at random. */
    static LocalDate freshDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 21_900));
    }

    static NewCeiling missionCeiling(int troops, LocalDate from, LocalDate until) {
        return new NewCeiling(CeilingKind.MISSION, null, troops, from, until, "Test decision " + from,
                "Ministerial communiqué " + from, "S63", from, ProvenanceStatus.EXACT);
    }

    static NewCeiling nationalCap(String nation, int troops, LocalDate from) {
        return new NewCeiling(CeilingKind.NATIONAL_CAP, nation, troops, from, null, "Parliament's mandate",
                null, "S75", null, ProvenanceStatus.NATIONAL_CAP);
    }

    TroopCeiling recordAs(Viewer viewer, NewCeiling ceiling) {
        return Viewers.runAs(viewer, () -> ceilings.record(ceiling));
    }

    @Test
    void aPlannersCeilingIsStoredInForceFromItsDayAndWrittenToTheAuditTrail() {
        LocalDate from = freshDay();
        TroopCeiling recorded = recordAs(PLANNER, missionCeiling(7500, from, from.plusDays(30)));

        assertThat(ceilings.missionCeilingOn(from.plusDays(3))).contains(recorded);
        assertThat(recorded.decisionRef()).contains("Ministerial communiqué " + from);
        assertThat(ceilings.missionCeilingOn(from.plusDays(31))).isNotEqualTo(Optional.of(recorded));
        Long entries = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE record_type = 'TroopCeiling' AND record_id = :id
                    AND actor = 'planner' AND module = 'mission'""", Map.of("id", recorded.id().toString()),
                Long.class);
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void refusesTroopsOfZeroOrLess() {
        assertRefused(missionCeiling(0, freshDay(), null), "troops");
        assertRefused(missionCeiling(-5, freshDay(), null), "troops");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        LocalDate from = freshDay();
        assertRefused(missionCeiling(9000, from, from.minusDays(1)), "until");
    }

    @Test
    void aNationalCapNeedsAKnownNationAndTheMissionCeilingTakesNone() {
        assertRefused(nationalCap(null, 800, freshDay()), "nation");
        assertRefused(nationalCap("XXX", 800, freshDay()), "nation");
        NewCeiling withNation = new NewCeiling(CeilingKind.MISSION, "DEU", 9000, freshDay(), null, "basis", null,
                "S63", null, ProvenanceStatus.EXACT);
        assertRefused(withNation, "nation");
        TroopCeiling cap = recordAs(PLANNER, nationalCap("ita", 800, freshDay()));
        assertThat(cap.nation()).contains("ITA");
    }

    @Test
    void refusesASecondCeilingOfTheSameScopeStartingTheSameDay() {
        LocalDate from = freshDay();
        recordAs(PLANNER, nationalCap("POL", 350, from));
        assertRefused(nationalCap("POL", 400, from), "from");
        assertThat(recordAs(PLANNER, nationalCap("ROU", 600, from)).troops()).isEqualTo(600);
        assertThat(ceilings.search(new CeilingQuery(CeilingKind.NATIONAL_CAP, "POL", from), PageQuery.first(50))
                .items()).singleElement().satisfies(cap -> assertThat(cap.troops()).isEqualTo(350));
    }

    @Test
    void refusesACeilingWithoutBasisOrSource() {
        LocalDate from = freshDay();
        assertRefused(new NewCeiling(CeilingKind.MISSION, null, 9000, from, null, " ", null, "S63", null,
                ProvenanceStatus.EXACT), "basis");
        assertRefused(new NewCeiling(CeilingKind.MISSION, null, 9000, from, null, "basis", null, "", null,
                ProvenanceStatus.EXACT), "source");
    }

    @Test
    void aBasisTooLongIsRefusedSayingTheLimitInTheReadersWords() {
        LocalDate from = freshDay();
        NewCeiling tooLong = new NewCeiling(CeilingKind.MISSION, null, 9000, from, null, "b".repeat(401), null,
                "S63", null, ProvenanceStatus.EXACT);
        assertThatThrownBy(() -> recordAs(PLANNER, tooLong)).isInstanceOfSatisfying(InvalidInput.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("basis");
            assertThat(messages.getMessage(refusal.wording(), Locale.ENGLISH)).isEqualTo("Write at most 400 characters");
            assertThat(messages.getMessage(refusal.wording(), Locale.FRENCH)).isEqualTo("Écrivez au plus 400 caractères");
        });
    }

    @Test
    void theSearchFindsTheCeilingInForceOnADayForEachScope() {
        var inForce = ceilings.search(new CeilingQuery(null, null, LocalDate.of(2020, 6, 1)), PageQuery.first(50));
        assertThat(inForce.items()).extracting(TroopCeiling::kind, TroopCeiling::troops).contains(
                org.assertj.core.groups.Tuple.tuple(CeilingKind.MISSION, 16000),
                org.assertj.core.groups.Tuple.tuple(CeilingKind.NATIONAL_CAP, 1300));
        assertThat(inForce.items()).filteredOn(ceiling -> ceiling.kind() == CeilingKind.MISSION).hasSize(1);
        assertThatThrownBy(() -> ceilings.search(CeilingQuery.ALL, new PageQuery(0, 10, "colour")))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("sort");
    }

    private void assertRefused(NewCeiling ceiling, String field) {
        assertThatThrownBy(() -> recordAs(PLANNER, ceiling)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo(field);
    }
}

@OnH2
class CeilingRecordingOnH2Tests extends CeilingRecordingTests {
}

@OnPostgres
class CeilingRecordingOnPostgresTests extends CeilingRecordingTests {
}
