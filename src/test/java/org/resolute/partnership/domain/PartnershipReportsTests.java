package org.resolute.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.FollowUp;
import org.resolute.partnership.domain.Participant;
import org.resolute.partnership.domain.ParticipantKind;
import org.resolute.partnership.domain.PartnershipReport;
import org.resolute.partnership.domain.Theme;

class PartnershipReportsTests {

    static PartnershipActivity activity(LocalDate day, Theme theme, ProvenanceStatus status) {
        return new PartnershipActivity(UUID.randomUUID(), ActivityKind.WORKSHOP, ActivityKind.WORKSHOP.track(), theme,
                "Workshop " + day, day, day, "Kabul", "NATO", "Objectives", "", new Provenance("S", day, status),
                Marking.MISSION, 0);
    }

    static Participant participant(PartnershipActivity activity, ParticipantKind kind, String name, String nation,
            int headcount) {
        return new Participant(UUID.randomUUID(), activity.id(), kind, name, nation, "", headcount);
    }

    @Test
    void countsActivitiesByYearAndThemeAndWhoTheyReachedOncePerYear() {
        PartnershipActivity first = activity(LocalDate.of(2019, 2, 1), Theme.DEFENCE_EDUCATION, ProvenanceStatus.EXACT);
        PartnershipActivity second = activity(LocalDate.of(2019, 9, 1), Theme.DEFENCE_EDUCATION,
                ProvenanceStatus.EXACT);
        PartnershipActivity third = activity(LocalDate.of(2020, 1, 1), Theme.DEFENCE_GOVERNANCE,
                ProvenanceStatus.EXACT);
        PartnershipReport report = PartnershipReports.of(List.of(first, second, third), List.of(
                participant(first, ParticipantKind.HOST_INSTITUTION, "Ministry of Defence", "AFG", 5),
                participant(second, ParticipantKind.HOST_INSTITUTION, "ministry of defence", "AFG", 3),
                participant(second, ParticipantKind.NATION, "Germany", "DEU", 2),
                participant(third, ParticipantKind.PERSON, "A. Adviser", "", 1)), List.of(), LocalDate.of(2021, 1, 1));

        assertThat(report.byYearAndTheme()).containsExactly(
                new PartnershipReport.YearTheme(2019, Theme.DEFENCE_EDUCATION, 2),
                new PartnershipReport.YearTheme(2020, Theme.DEFENCE_GOVERNANCE, 1));
        assertThat(report.reach()).containsExactly(new PartnershipReport.YearReach(2019, 2, 10, 2, 1),
                new PartnershipReport.YearReach(2020, 1, 1, 0, 0));
        assertThat(report.includesIllustrative()).isFalse();
    }

    @Test
    void listsOverdueFollowUpsMostOverdueFirstAndCountsOpenAndClosed() {
        PartnershipActivity activity = activity(LocalDate.of(2019, 2, 1), Theme.OTHER, ProvenanceStatus.ILLUSTRATIVE);
        LocalDate today = LocalDate.of(2020, 6, 1);
        FollowUp late = new FollowUp(UUID.randomUUID(), activity.id(), "Late", "A", today.minusDays(10), null, "", 0);
        FollowUp later = new FollowUp(UUID.randomUUID(), activity.id(), "Later", "B", today.minusDays(100), null, "",
                0);
        FollowUp due = new FollowUp(UUID.randomUUID(), activity.id(), "Due", "C", today, null, "", 0);
        FollowUp done = new FollowUp(UUID.randomUUID(), activity.id(), "Done", "D", today.minusDays(300),
                today.minusDays(200), "ok", 1);

        PartnershipReport report = PartnershipReports.of(List.of(activity), List.of(), List.of(late, later, due, done),
                today);

        assertThat(report.overdue()).extracting(row -> row.followUp().action()).containsExactly("Later", "Late");
        assertThat(report.overdue().get(0).daysOverdue()).isEqualTo(100);
        assertThat(report.followUpsOpen()).isEqualTo(3);
        assertThat(report.followUpsClosed()).isEqualTo(1);
        assertThat(report.includesIllustrative()).isTrue();
    }
}
