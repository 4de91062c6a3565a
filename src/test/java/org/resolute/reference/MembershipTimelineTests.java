package org.resolute.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.csv.CsvTable;
import org.resolute.reference.domain.MembershipTimeline;

/** How a nation stood with NATO on a date, read from the membership periods Resolute ships. */
class MembershipTimelineTests {

    private static final MembershipTimeline SHIPPED = MembershipTimeline.of(shippedMemberships());

    private static MembershipKind kind(String nation, String date) {
        return SHIPPED.at(nation, LocalDate.parse(date)).map(Membership::kind).orElse(null);
    }

    @Test
    void northMacedoniaIsAPartnerBeforeItsAccessionAndAnAllyFromIt() {
        assertThat(kind("MKD", "2019-06-01")).isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
        assertThat(kind("MKD", "2020-03-26")).isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
        assertThat(kind("MKD", "2020-03-27")).isEqualTo(MembershipKind.ALLY);
        assertThat(kind("MKD", "2020-06-01")).isEqualTo(MembershipKind.ALLY);
    }

    @Test
    void finlandAndSwedenArePartnersDuringResoluteSupportAndAlliesAfterTheirAccession() {
        assertThat(kind("FIN", "2020-01-01")).isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
        assertThat(kind("FIN", "2023-04-04")).isEqualTo(MembershipKind.ALLY);
        assertThat(kind("SWE", "2024-03-06")).isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
        assertThat(kind("SWE", "2024-03-07")).isEqualTo(MembershipKind.ALLY);
    }

    @Test
    void foundingMembersAreAlliesFromAugust1949AndNotBefore() {
        assertThat(kind("USA", "2015-06-01")).isEqualTo(MembershipKind.ALLY);
        assertThat(kind("CAN", "1949-08-24")).isEqualTo(MembershipKind.ALLY);
        assertThat(kind("FRA", "1949-08-23")).isNull();
    }

    @Test
    void aNationNeverAllyNorPartnerHasNoStanding() {
        assertThat(kind("CHE", "2020-06-01")).isNull();
        assertThat(kind("AUS", "2014-12-31")).isNull();
        assertThat(kind("AUS", "2015-01-01")).isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
    }

    @Test
    void thirtyNationsWereAlliesOnTheFactSheetsDate() {
        LocalDate date = LocalDate.parse("2020-11-01");
        assertThat(shippedMemberships().stream().filter(period -> period.covers(date))
                .filter(period -> period.kind() == MembershipKind.ALLY)).hasSize(30);
    }

    @Test
    void everyShippedPeriodKeepsItsSourceAndTheNoteToVerifyIt() {
        Membership macedonia = SHIPPED.at("MKD", LocalDate.parse("2020-06-01")).orElseThrow();
        assertThat(macedonia.sourceId()).isEqualTo("S72");
        assertThat(macedonia.statusNote()).isEqualTo("accession year/status from public record - verify");
        assertThat(macedonia.toVerify()).isTrue();
        assertThat(shippedMemberships()).allMatch(Membership::toVerify);
    }

    @Test
    void refusesAPeriodThatOverlapsAnother() {
        MembershipTimeline timeline = MembershipTimeline.of(List.of(
                period("MKD", MembershipKind.OPERATIONAL_PARTNER, "2015-01-01", "2020-03-27")));

        assertThatThrownBy(() -> timeline.add(period("MKD", MembershipKind.ALLY, "2020-03-26", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        timeline.add(period("MKD", MembershipKind.ALLY, "2020-03-27", null));
        assertThat(timeline.history("MKD")).extracting(Membership::kind)
                .containsExactly(MembershipKind.OPERATIONAL_PARTNER, MembershipKind.ALLY);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> period("MKD", MembershipKind.ALLY, "2020-03-27", "2020-03-27"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Membership period(String nation, MembershipKind kind, String since, String until) {
        return new Membership(nation, kind, LocalDate.parse(since), until == null ? null : LocalDate.parse(until),
                "S72", new Provenance("S72", null, ProvenanceStatus.EXACT), "from public record - verify", "");
    }

    private static List<Membership> shippedMemberships() {
        var in = MembershipTimelineTests.class.getResourceAsStream("/reference/memberships.csv");
        return CsvTable.read("memberships.csv", new InputStreamReader(in, StandardCharsets.UTF_8),
                List.of("nation", "kind", "since", "until", "source_id", "provenance_status", "status_note"),
                record -> {
                    String source = record.text("source_id");
                    return new Membership(record.required("nation"), record.oneOf("kind", MembershipKind.class),
                            record.date("since"), record.optionalDate("until"), source.isEmpty() ? null : source,
                            new Provenance(source.isEmpty() ? "public record" : source, null,
                                    record.oneOf("provenance_status", ProvenanceStatus.class)),
                            record.text("status_note"), record.text("note"));
                }).stream().map(CsvTable.Row::value).toList();
    }
}
