package org.resolute.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.domain.Milestone;
import org.resolute.mission.domain.MissionBook;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo mission's record, legal instruments and phases, as the public record dates them, on both databases. */
abstract class MissionRecordTests {

    @Autowired
    MissionBook missions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void everyMissionLocationAndCommandTheDemoLoadsIsAnnouncedToTheAuditTrail() {
        assertThat(announced("mission_record", "MissionRecord")).isEqualTo(stored("mission_record")).isPositive();
        assertThat(announced("mission_location", "Location")).isEqualTo(stored("mission_location")).isPositive();
        assertThat(announced("mission_command", "Command")).isEqualTo(stored("mission_command")).isPositive();
    }

    private long stored(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** How many rows of the table have an audit entry of the type under their code. */
    private long announced(String table, String type) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM %s t
                WHERE EXISTS (SELECT 1 FROM audit_entry a WHERE a.record_type = ? AND a.record_id = t.code)
                """.formatted(table), Long.class, type);
    }

    @Test
    void resoluteSupportIsANatoLedNonCombatMissionLaunchedOnNewYearsDay2015AfterIsaf() {
        MissionRecord mission = missions.current().orElseThrow();
        assertThat(mission.code()).isEqualTo("RSM");
        assertThat(mission.nature()).isEqualTo("NATO-led, non-combat");
        assertThat(mission.purpose()).contains("train, advise and assist");
        assertThat(mission.hostNation()).isEqualTo("AFG");
        assertThat(mission.invitation()).contains("invitation of the Afghan government");
        assertThat(mission.launchedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(mission.launch().source()).isEqualTo("S01");
        assertThat(mission.predecessor()).contains("ISAF");
        assertThat(mission.predecessorEndedOn()).isEqualTo(LocalDate.of(2014, 12, 28));
        assertThat(mission.predecessorEnd().source()).isEqualTo("S02");
    }

    @Test
    void noEndDateIsInventedWhereTheSourcesStateNone() {
        MissionRecord mission = missions.find("rsm").orElseThrow();
        assertThat(mission.endedOn()).isNull();
        assertThat(mission.endNote()).contains("2021-08-30").contains("no formal end date");
    }

    @Test
    void theSofaWasSignedThenRatifiedAndSetsTheTermsOfDeploymentAndTheActivitiesAllowed() {
        LegalInstrument sofa = only(InstrumentKind.SOFA);
        assertThat(sofa.signedOn()).isEqualTo(LocalDate.of(2014, 9, 30));
        assertThat(sofa.ratifiedOn()).isEqualTo(LocalDate.of(2014, 11, 27));
        assertThat(sofa.parties()).contains("Afghan Parliament");
        assertThat(sofa.provisions()).hasSize(2).anySatisfy(line -> assertThat(line).contains("terms and conditions"))
                .anySatisfy(line -> assertThat(line).contains("activities"));
        assertThat(sofa.expiresOn()).isNull();
        assertThat(sofa.provenance().source()).isEqualTo("S60");
        assertThat(sofa.provenance().status()).isEqualTo(ProvenanceStatus.EXACT);
    }

    @Test
    void unscr2189WasAdoptedNotSignedOnTheTwelfthOfDecember2014() {
        LegalInstrument resolution = only(InstrumentKind.UNSCR);
        assertThat(resolution.title()).contains("2189");
        assertThat(resolution.adoptedOn()).isEqualTo(LocalDate.of(2014, 12, 12));
        assertThat(resolution.signedOn()).isNull();
        assertThat(founding()).extracting(LegalInstrument::kind)
                .containsExactly(InstrumentKind.SOFA, InstrumentKind.UNSCR);
    }

    @Test
    void thePhasesRunFromTheLaunchToTheLastDepartureWithoutAGap() {
        List<MissionPhase> phases = missions.phasesOf("RSM");
        assertThat(phases).extracting(MissionPhase::name).containsExactly("Train, advise and assist", "Withdrawal");
        assertThat(phases.get(0).from()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(phases.get(0).until().plusDays(1)).isEqualTo(phases.get(1).from());
        assertThat(phases.get(1).until()).isEqualTo(LocalDate.of(2021, 8, 30));
    }

    @Test
    void theTimelineRunsInDateOrderFromTheLegalBasisThroughIsafsEndToTheCeilingReduction() {
        List<Milestone> timeline = missions.timelineOf("RSM");
        assertThat(timeline).extracting(Milestone::date).isSorted();
        assertThat(timeline).extracting(Milestone::event).containsSubsequence(
                "NATO-Afghanistan Status of Forces Agreement signed",
                "NATO-Afghanistan Status of Forces Agreement ratified",
                "UN Security Council Resolution 2189 (2014) adopted",
                "International Security Assistance Force (ISAF) completed", "Resolute Support Mission launched",
                "Phase begins: Withdrawal");
        assertThat(timeline).filteredOn(milestone -> milestone.event().startsWith("Mission ceiling of 11,000"))
                .singleElement().satisfies(milestone -> assertThat(milestone.provenance().status())
                        .isEqualTo(ProvenanceStatus.UPPER_BOUND));
        assertThat(timeline.get(0).date()).isEqualTo(LocalDate.of(2014, 9, 30));
    }

    @Test
    void anInstrumentRatifiedBeforeItWasSignedIsRefusedOnRatifiedOnInTheReadersWordsAndNotRecorded() {
        int before = missions.instrumentsOf("RSM").size();
        NewInstrument backwards = new NewInstrument("RSM", InstrumentKind.SOFA, "Amended SOFA under test",
                "NATO, Afghanistan", LocalDate.of(2015, 3, 1), LocalDate.of(2015, 2, 1), null, null,
                List.of("Extends the terms of deployment"), null, "S60");
        assertThatThrownBy(() -> missions.recordInstrument(backwards)).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> {
                    assertThat(refusal.field()).isEqualTo("ratifiedOn");
                    assertThat(refusal.getMessage()).isEqualTo("ratifiedOn 2015-02-01 is before signedOn 2015-03-01");
                    assertThat(messages.getMessage(refusal.wording(), Locale.ENGLISH)).isEqualTo(
                            "The day of ratification, 2015-02-01, comes before the day of signature, 2015-03-01");
                    assertThat(messages.getMessage(refusal.wording(), Locale.FRENCH)).isEqualTo(
                            "Le jour de la ratification, 2015-02-01, précède celui de la signature, 2015-03-01");
                });
        assertThat(missions.instrumentsOf("RSM")).hasSize(before);
    }

    /** The instruments of the demo record (source S60); other tests add later ones to the shared database. */
    private List<LegalInstrument> founding() {
        return missions.instrumentsOf("RSM").stream()
                .filter(instrument -> "S60".equals(instrument.provenance().source())).toList();
    }

    private LegalInstrument only(InstrumentKind kind) {
        return founding().stream().filter(instrument -> instrument.kind() == kind)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + kind);
                }).orElseThrow();
    }
}

@OnH2
class MissionRecordOnH2Tests extends MissionRecordTests {
}

@OnPostgres
class MissionRecordOnPostgresTests extends MissionRecordTests {
}
