package org.resolute.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.EngagementMode;
import org.resolute.force.Activity;
import org.resolute.force.NationStrength;
import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReport;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

class PlanChangesTests {

    static final LocalDate ON = LocalDate.of(2021, 1, 1);
    static final UUID PLAN = UUID.fromString("01900000-0000-7000-8000-000000000001");

    final AdvisingRequirement corps = requirement("209-CORPS", "EF4", "MAZAR", "TAAC-N");
    final AdvisingRequirement ministry = requirement("MOD", "EF1", "KABUL", "RSHQ");
    final AdvisingRequirement police = requirement("POLICE-W", "EF5", "HERAT", "TAAC-W");

    final PlanInput.TeamInput kept = team("DEU-MAZAR-1", "DEU", 40, "MAZAR", corps, "TAAC-N", Marking.PUBLIC);
    final PlanInput.TeamInput moved = team("DEU-MAZAR-2", "DEU", 30, "MAZAR", corps, "TAAC-N", Marking.RESTRICTED);
    final PlanInput.TeamInput withdrawn = team("ITA-HERAT-1", "ITA", 20, "HERAT", police, "TAAC-W", Marking.PUBLIC);

    final PlanResult result = new PlanResult(90, 70, 50, 60, 1, 1, List.of(), List.of(
            assignment(kept, corps, "MAZAR", "KEPT"), assignment(moved, ministry, "KABUL", "MOVED"),
            assignment(withdrawn, null, null, "WITHDRAWN")), List.of());

    final PlanChanges changes = new PlanChanges(input(kept, moved, withdrawn), result);

    @Test
    void setsEveryPlaceToThePlansTroopsAndEveryOtherPlaceWithTroopsToZero() {
        StrengthPicture current = new StrengthPicture(ON, List.of(new NationStrength("USA", 100,
                provenance(), List.of(report("USA", "RSHQ", "KABUL", 100)))));

        List<NewStrengthReport> reports = changes.strength(PLAN, current, ON);

        assertThat(reports).extracting(r -> r.nation() + " " + r.command() + " " + r.location() + " " + r.troops())
                .containsExactly("DEU RSHQ KABUL 30", "DEU TAAC-N MAZAR 40", "ITA TAAC-W HERAT 0",
                        "USA RSHQ KABUL 0");
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.reportDate()).isEqualTo(ON);
            assertThat(report.provenance().source()).isEqualTo("plan " + PLAN);
            assertThat(report.provenance().status()).isEqualTo(ProvenanceStatus.ILLUSTRATIVE);
        });
        assertThat(reports.stream().mapToInt(NewStrengthReport::troops).sum()).isEqualTo(result.troopsAfter());
    }

    @Test
    void aPlannedFigureIsNeverPublicAndAMovedTeamKeepsItsHomeReportsMarking() {
        List<NewStrengthReport> reports = changes.strength(PLAN, new StrengthPicture(ON, List.of()), ON);

        assertThat(reports).filteredOn(r -> r.location().equals("MAZAR")).singleElement()
                .extracting(NewStrengthReport::marking).isEqualTo(Marking.MISSION);
        assertThat(reports).filteredOn(r -> r.location().equals("KABUL")).singleElement()
                .extracting(NewStrengthReport::marking).isEqualTo(Marking.RESTRICTED);
    }

    @Test
    void aPositionFollowsItsNationsMovedTeamOrIsVacatedAndOneStillCoveredStays() {
        AdvisorPosition onCorps = position("DEU", corps);
        AdvisorPosition onPolice = position("ITA", police);
        PlanChanges movedOff = new PlanChanges(input(kept, moved, withdrawn), new PlanResult(90, 70, 50, 60, 2, 1,
                List.of(), List.of(assignment(kept, ministry, "KABUL", "MOVED"), assignment(moved, ministry, "KABUL",
                        "MOVED"), assignment(withdrawn, null, null, "WITHDRAWN")), List.of()));

        assertThat(changes.positions(List.of(onCorps, onPolice))).singleElement()
                .satisfies(change -> {
                    assertThat(change.position()).isEqualTo(onPolice);
                    assertThat(change.to()).isEmpty();
                });
        assertThat(movedOff.positions(List.of(onCorps))).singleElement()
                .satisfies(change -> assertThat(change.to()).contains(ministry));
    }

    @Test
    void refusesAPlanStoredWithoutItsTeamsCommands() {
        PlanInput.TeamInput old = new PlanInput.TeamInput("DEU-MAZAR-1", "DEU", 40, List.of("EF4"), "MAZAR",
                corps.id(), corps.institution(), null, null);

        assertThatThrownBy(() -> new PlanChanges(input(old), result)).isInstanceOf(PlanStateConflict.class)
                .hasMessageContaining("solve it again");
    }

    static AdvisingRequirement requirement(String institution, String area, String location, String command) {
        return new AdvisingRequirement(institution + "/" + area, institution, institution, area, area, 1, location,
                "North", EngagementMode.PERSISTENT, Activity.ADVISING, 40, command, "");
    }

    static PlanInput.TeamInput team(String id, String nation, int size, String home, AdvisingRequirement current,
            String command, Marking marking) {
        return new PlanInput.TeamInput(id, nation, size, List.of(current.area(), "EF1"), home, current.id(),
                current.institution(), command, marking);
    }

    static PlanAssignment assignment(PlanInput.TeamInput team, AdvisingRequirement requirement, String location,
            String outcome) {
        return new PlanAssignment(team.id(), team.nation(), team.size(), team.home(),
                requirement == null ? null : requirement.id(), requirement == null ? null : requirement.label(),
                location, outcome, List.of());
    }

    PlanInput input(PlanInput.TeamInput... teams) {
        return new PlanInput(PlanKind.DRAWDOWN, 70, ON.minusDays(1), ON, ON.plusDays(179), List.of(teams),
                List.of(corps, ministry, police), List.of(), List.of(), List.of(), true, Marking.MISSION);
    }

    static AdvisorPosition position(String nation, AdvisingRequirement work) {
        return new AdvisorPosition(UUID.nameUUIDFromBytes((nation + work.id()).getBytes()), "Advisor", nation,
                work.command(), work.location(), work.area(), work.institution(), List.of(), List.of(), 0);
    }

    static Provenance provenance() {
        return new Provenance("S04", ON, ProvenanceStatus.ILLUSTRATIVE);
    }

    static StrengthReport report(String nation, String command, String location, int troops) {
        return new StrengthReport(UUID.randomUUID(), nation, command, location, ON.minusDays(30), troops,
                provenance(), Marking.PUBLIC, null, 0);
    }
}
