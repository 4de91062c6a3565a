package org.resolute.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.reference.domain.Currencies;
import org.resolute.reference.domain.NationBook;
import org.resolute.reference.domain.NationQuery;
import org.resolute.reference.domain.ReferenceImport;
import org.resolute.reference.domain.ReferenceLoader;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

/** The reference data loaded on start: every nation, NATO membership over time, currencies and sources. */
abstract class ReferenceDataTests {

    @Autowired
    NationBook nations;

    @Autowired
    Currencies currencies;

    @Autowired
    Sources sources;

    @Autowired
    ReferenceImport imports;

    @Autowired
    ReferenceLoader loader;

    @Autowired
    List<HomeSection.Source> homeSections;

    @Autowired
    MessageSource messages;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void everyLoadedRowIsInTheAuditTrailAsCreatedBySystem() {
        Integer nationEntries = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE module = 'reference' AND record_type = 'Nation'
                AND record_id = 'AFG' AND action = 'CREATED' AND actor = 'system'""", Integer.class);
        assertThat(nationEntries).isEqualTo(1);
        Integer membershipEntries = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE module = 'reference' AND record_type = 'Membership'",
                Integer.class);
        assertThat(membershipEntries).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM reference_membership", Integer.class));
    }

    @Test
    void holdsTheThirtyNineRsmContributingNationsWithTheirStatus() {
        List<ContributingNation> contributors = nations.contributorsTo(Nations.RESOLUTE_SUPPORT);

        assertThat(contributors).hasSize(39);
        assertThat(contributors).filteredOn(c -> c.statusDuringMission() == MembershipKind.ALLY).hasSize(28);
        assertThat(contributors).filteredOn(c -> c.statusDuringMission() == MembershipKind.OPERATIONAL_PARTNER)
                .extracting(c -> c.nation().code()).containsExactlyInAnyOrder("ARM", "AUS", "AUT", "AZE", "BIH",
                        "FIN", "GEO", "MNG", "NZL", "SWE", "UKR");
        assertThat(contributors).filteredOn(c -> c.nameInSource().equals("North Macedonia")).singleElement()
                .satisfies(c -> {
                    assertThat(c.nation().code()).isEqualTo("MKD");
                    assertThat(c.sourceId()).isEqualTo("S72");
                    assertThat(c.note()).contains("listed as Macedonia in S72");
                });
    }

    @Test
    void countsThirtyAlliesAmongAllNationsOnTheFirstOfNovember2020() {
        var allies = nations.searchAll(new NationQuery("", MembershipKind.ALLY, LocalDate.parse("2020-11-01")), "");

        assertThat(nations.all()).hasSizeGreaterThan(240);
        assertThat(allies).hasSize(30).extracting(status -> status.nation().code()).contains("USA", "CAN", "FRA",
                "MKD", "MNE").doesNotContain("FIN", "SWE");
    }

    @Test
    void answersANationsStandingOnADateWithItsProvenance() {
        Membership macedonia = nations.membershipAt("mk", LocalDate.parse("2020-06-01")).orElseThrow();

        assertThat(macedonia.kind()).isEqualTo(MembershipKind.ALLY);
        assertThat(macedonia.since()).isEqualTo(LocalDate.parse("2020-03-27"));
        assertThat(macedonia.provenance().source()).isEqualTo("S72");
        assertThat(macedonia.toVerify()).isTrue();
        assertThat(nations.membershipAt("MKD", LocalDate.parse("2019-06-01"))).get().extracting(Membership::kind)
                .isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
        assertThat(nations.membershipAt("CHE", LocalDate.parse("2019-06-01"))).isEmpty();
        assertThat(nations.history("FIN")).extracting(Membership::kind)
                .containsExactly(MembershipKind.OPERATIONAL_PARTNER, MembershipKind.ALLY);
        assertThatThrownBy(() -> nations.membershipAt("XXX", LocalDate.now())).isInstanceOf(NotFound.class);
    }

    @Test
    void everyNationsStandingOnADateAtOnceAgreesWithEachNationsOwn() {
        for (String day : new String[] {"2019-06-01", "2020-06-01", "2023-06-01"}) {
            LocalDate date = LocalDate.parse(day);
            var standings = nations.membershipsAt(date);
            assertThat(standings).as(day).isNotEmpty();
            for (var nation : nations.all()) {
                assertThat(Optional.ofNullable(standings.get(nation.code()))).as(nation.code() + " on " + day)
                        .isEqualTo(nations.membershipAt(nation.code(), date));
            }
        }
        assertThat(nations.membershipsAt(LocalDate.parse("2019-06-01")).get("MKD").kind())
                .isEqualTo(MembershipKind.OPERATIONAL_PARTNER);
    }

    @Test
    void holdsTheIso4217CurrenciesAndTheSources() {
        assertThat(currencies.find("usd")).get().satisfies(usd -> {
            assertThat(usd.name()).isEqualTo("US Dollar");
            assertThat(usd.minorUnits()).isEqualTo(2);
        });
        assertThat(List.of("EUR", "GBP", "AFN")).allSatisfy(code -> assertThat(currencies.find(code)).isPresent());
        assertThat(sources.find("S72")).get().extracting(Source::url)
                .isEqualTo("https://github.com/NCI-Agency/anet/blob/main/docs/anet-dictionary.yml.production.template");
        assertThat(sources.all()).hasSize(78);
    }

    @Test
    void aSecondLoadingAddsNothing() throws Exception {
        int nationCount = nations.all().size();
        long currencyCount = currencies.search("", PageQuery.first(1)).totalItems();
        int sourceCount = sources.all().size();
        int periods = nations.searchAll(NationQuery.on(LocalDate.parse("2020-11-01")), "").stream()
                .mapToInt(status -> nations.history(status.nation().code()).size()).sum();

        loader.run(new DefaultApplicationArguments());

        assertThat(nations.all()).hasSize(nationCount);
        assertThat(currencies.search("", PageQuery.first(1)).totalItems()).isEqualTo(currencyCount);
        assertThat(sources.all()).hasSize(sourceCount);
        assertThat(nations.contributorsTo(Nations.RESOLUTE_SUPPORT)).hasSize(39);
        assertThat(nations.searchAll(NationQuery.on(LocalDate.parse("2020-11-01")), "").stream()
                .mapToInt(status -> nations.history(status.nation().code()).size()).sum()).isEqualTo(periods);
    }

    @Test
    void givesEverySignedInViewerTheAlliesTodayAndTheRsmContributorsCounted() {
        Viewer viewer = new Viewer("viewer", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
        Formats words = new Formats(Locale.ENGLISH, messages);
        List<HomeSection.Figure> figures = homeSections.stream()
                .flatMap(source -> source.sectionShownTo(viewer, words).stream())
                .filter(section -> section.name().equals("reference")).flatMap(section -> section.figures().stream())
                .toList();
        int alliesToday = nations.searchAll(new NationQuery("", MembershipKind.ALLY, LocalDate.now()), "").size();

        assertThat(alliesToday).isGreaterThanOrEqualTo(32);
        assertThat(figures).filteredOn(figure -> figure.label().equals("NATO Allies today")).singleElement()
                .extracting(HomeSection.Figure::value).isEqualTo(String.valueOf(alliesToday));
        assertThat(figures).filteredOn(figure -> figure.label().equals("RSM contributing nations")).singleElement()
                .satisfies(figure -> {
                    assertThat(figure.value()).isEqualTo("39");
                    assertThat(figure.detail()).startsWith("28 Allies and 11 operational partners");
                });
        assertThat(homeSections.stream().flatMap(source -> source.sectionShownTo(Viewer.ANONYMOUS, words).stream())
                .filter(section -> section.link().startsWith("/reference"))).isEmpty();
    }

    @Test
    void importRefusesAFileWithABadLineAndKeepsNoneOfIt() {
        String file = "source_id,title,url,date,kind\r\n"
                + "T01,\"A good source, with a comma\",https://example.org/a,2020,official\r\n"
                + "S72,Already there,https://example.org/b,2020,official\r\n"
                + "T02,Bad address,javascript:alert(1),2020,news\r\n";

        assertThatThrownBy(() -> imports.importSources(new StringReader(file)))
                .isInstanceOfSatisfying(CsvRejected.class, rejected -> assertThat(rejected.errors()).containsExactly(
                        "line 3: source S72 already exists",
                        "line 4: url 'javascript:alert(1)' is not an http or https address"));
        assertThat(sources.find("T01")).isEmpty();
    }

    @Test
    void importRefusesOverlappingPeriodsAndUnknownNations() {
        String file = "nation,kind,since,until,source_id,provenance_status,status_note,note\n"
                + "MKD,ALLY,2021-01-01,,S72,EXACT,,\n"
                + "ZZZ,ALLY,2021-01-01,,,EXACT,,\n"
                + "CHE,OPERATIONAL_PARTNER,2021-01-01,,S99,EXACT,,\n";

        assertThatThrownBy(() -> imports.importMemberships(new StringReader(file)))
                .isInstanceOfSatisfying(CsvRejected.class, rejected -> assertThat(rejected.errors()).containsExactly(
                        "line 2: MKD Ally from 2021-01-01 overlaps its Ally period from 2020-03-27",
                        "line 3: nation 'ZZZ' is not known",
                        "line 4: source_id 'S99' is not known"));
        assertThat(nations.history("CHE")).isEmpty();
    }
}

@OnH2
@AutoConfigureMockMvc
class ReferenceDataOnH2Tests extends ReferenceDataTests {
}

@OnPostgres
@AutoConfigureMockMvc
class ReferenceDataOnPostgresTests extends ReferenceDataTests {
}
