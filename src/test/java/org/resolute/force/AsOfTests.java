package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.AsOf;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/** The as-of rule: each place stands at its latest report on or before the date; nations are sums of places. */
class AsOfTests {

    static final LocalDate JAN = LocalDate.of(2021, 1, 1);
    static final LocalDate FEB = LocalDate.of(2021, 2, 1);
    static final LocalDate MAR = LocalDate.of(2021, 3, 1);

    static StrengthReport report(String nation, String location, LocalDate date, int troops,
            ProvenanceStatus status, Marking marking) {
        return new StrengthReport(Ids.next(), nation, "RSHQ", location, date, troops,
                new Provenance("S01", date, status), marking, Instant.parse("2026-01-01T00:00:00Z"), 0);
    }

    static StrengthReport report(String nation, String location, LocalDate date, int troops) {
        return report(nation, location, date, troops, ProvenanceStatus.EXACT, Marking.PUBLIC);
    }

    @Test
    void aPlaceStandsAtItsLatestReportOnOrBeforeTheDate() {
        List<StrengthReport> reports = List.of(report("GBR", "KABUL", JAN, 900), report("GBR", "KABUL", FEB, 750),
                report("GBR", "KABUL", MAR, 500));

        assertThat(AsOf.picture(FEB, reports).totalTroops()).isEqualTo(750);
        assertThat(AsOf.picture(FEB.plusDays(10), reports).totalTroops()).isEqualTo(750);
        assertThat(AsOf.picture(JAN.minusDays(1), reports).totalTroops()).isZero();
    }

    @Test
    void aNationsTroopsAreTheSumOfItsPlacesEachAtItsOwnLatestReport() {
        List<StrengthReport> reports = List.of(report("DEU", "MAZAR", JAN, 1000), report("DEU", "KABUL", JAN, 200),
                report("DEU", "MAZAR", FEB, 900));

        StrengthPicture picture = AsOf.picture(FEB, reports);

        assertThat(picture.nations()).singleElement().satisfies(nation -> {
            assertThat(nation.nation()).isEqualTo("DEU");
            assertThat(nation.troops()).isEqualTo(1100);
        });
        assertThat(picture.byLocation()).containsEntry("MAZAR", 900).containsEntry("KABUL", 200);
    }

    @Test
    void aNationWhoseLatestReportsAreZeroIsNotCounted() {
        List<StrengthReport> reports = List.of(report("ISL", "KABUL", JAN, 2), report("ISL", "KABUL", FEB, 0),
                report("USA", "KABUL", FEB, 2500));

        StrengthPicture picture = AsOf.picture(FEB, reports);

        assertThat(picture.nationCount()).isEqualTo(1);
        assertThat(AsOf.picture(JAN, reports).nationCount()).isEqualTo(1);
        assertThat(AsOf.picture(JAN, reports).nations().get(0).nation()).isEqualTo("ISL");
    }

    @Test
    void onTheSameDateAMoreSensitiveReportTheViewerMaySeeWins() {
        List<StrengthReport> reports = List.of(report("GBR", "KABUL", FEB, 750),
                report("GBR", "KABUL", FEB, 810, ProvenanceStatus.EXACT, Marking.MISSION));

        assertThat(AsOf.picture(FEB, reports).totalTroops()).isEqualTo(810);
    }

    @Test
    void aSumWithAnIllustrativePartIsIllustrativeAndNamesItsSources() {
        List<StrengthReport> reports = List.of(report("DEU", "MAZAR", FEB, 970, ProvenanceStatus.APPROXIMATE,
                Marking.PUBLIC), report("DEU", "KABUL", FEB, 230, ProvenanceStatus.ILLUSTRATIVE, Marking.PUBLIC));

        NationStrength germany = AsOf.picture(FEB, reports).nations().get(0);

        assertThat(germany.provenance().status()).isEqualTo(ProvenanceStatus.ILLUSTRATIVE);
        assertThat(AsOf.picture(FEB, reports).includesIllustrative()).isTrue();
        assertThat(AsOf.combined(List.of(reports.get(0))).status()).isEqualTo(ProvenanceStatus.APPROXIMATE);
    }

    @Test
    void theMonthlyTimelineFromEachPlacesLatestReportOfTheMonthIsTheAsOfPictureAtEachMonthsLastReport() {
        java.util.Random random = new java.util.Random(17);
        List<StrengthReport> all = new java.util.ArrayList<>();
        String[] nations = {"GBR", "USA", "DEU"};
        String[] places = {"KABUL", "MAZAR"};
        for (int day = 0; day < 120; day += 1 + random.nextInt(9)) {
            all.add(report(nations[random.nextInt(3)], places[random.nextInt(2)], JAN.plusDays(day),
                    random.nextInt(900)));
        }
        List<StrengthReport> monthLatest = List.copyOf(all.stream().collect(java.util.stream.Collectors.toMap(
                report -> List.of(report.nation(), report.location(), java.time.YearMonth.from(report.reportDate())),
                report -> report, (a, b) -> a.reportDate().isAfter(b.reportDate()) ? a : b)).values());

        List<StrengthPicture> monthly = AsOf.monthly(monthLatest);

        assertThat(monthly).hasSizeGreaterThanOrEqualTo(4);
        for (StrengthPicture picture : monthly) {
            assertThat(picture.totalTroops()).as("as of " + picture.date())
                    .isEqualTo(AsOf.picture(picture.date(), all).totalTroops());
            assertThat(all.stream().filter(report -> java.time.YearMonth.from(report.reportDate())
                    .equals(java.time.YearMonth.from(picture.date()))).map(StrengthReport::reportDate)
                    .max(java.time.LocalDate::compareTo)).contains(picture.date());
        }
    }
}
