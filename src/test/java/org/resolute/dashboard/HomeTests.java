package org.resolute.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.FundStatus;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.Classification;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** The front door: public landing page for anyone, the one view per role, and a donor's home limited to them. */
abstract class HomeTests {

    static final Viewer DONOR = new Viewer("donor", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("GBR"),
            Classification.MISSION);
    static final Viewer FUND_MANAGER = new Viewer("fundmanager", Set.of(Role.FUND_MANAGER), Optional.empty(),
            Classification.RESTRICTED);

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    List<HomeSection.Source> sources;

    @Autowired
    FundBook register;

    @Autowired
    FundReports reports;

    @Autowired
    MessageSource messages;

    @Test
    void anAnonymousVisitorGetsThePublicLandingPageNotTheSignInPage() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andExpect(view().name("dashboard/landing"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/placemat\"", "href=\"/transparency\"", "href=\"/public/governance\"",
                "href=\"/login\"");
    }

    @Test
    void openingTheLandingPageOpensNothingElse() throws Exception {
        mvc.perform(get("/funding")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/force/strength")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPlannersHomeHasTheForceAdvisingFundsAndGovernanceWithNothingWaiting() throws Exception {
        String page = home("planner");

        assertThat(page).contains("id=\"home-force\"", "id=\"home-advising\"", "id=\"home-funding\"",
                "id=\"home-governance\"", "<polyline").doesNotContain("id=\"home-donor\"");
    }

    @Test
    void aDonorsHomeShowsTheirNationsContributionsOnlyAndNoMissionWideFigures() throws Exception {
        Formats words = new Formats(Locale.ENGLISH, messages);
        HomeSection donor = section(DONOR, words, "donor").orElseThrow();
        List<Donor> british = register.donors().stream().filter(d -> "GBR".equals(d.nation())).toList();
        BigDecimal received = Viewers.runAs(DONOR, () -> british.stream()
                .flatMap(d -> reports.reconcile(new ContributionFilter(d.code(), null, null)).stream())
                .map(ReconciliationLine::receivedUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal everyDonor = Viewers.runAs(FUND_MANAGER, () -> reports.reconcile(ContributionFilter.ALL).stream()
                .map(ReconciliationLine::receivedUsd).reduce(BigDecimal.ZERO, BigDecimal::add));

        assertThat(received).isPositive().isLessThan(everyDonor);
        assertThat(donor.figures().get(0).value()).isEqualTo(words.money(received, "USD"));
        assertThat(donor.title()).contains(british.get(0).name());
        assertThat(section(DONOR, words, "force")).isEmpty();
        assertThat(section(DONOR, words, "funding")).isEmpty();
        assertThat(section(DONOR, words, "advising")).isEmpty();

        HomeSection funding = section(FUND_MANAGER, words, "funding").orElseThrow();
        assertThat(funding.lines()).filteredOn(line -> line.label().equals("Afghan National Army Trust Fund"))
                .singleElement().satisfies(line -> assertThat(line.cells().get(1)).isNotEqualTo("USD 0"));
        FundStatus asDonor = Viewers.runAs(DONOR, () -> reports.status("ANATF", LocalDate.now(clock)));
        FundStatus asManager = Viewers.runAs(FUND_MANAGER, () -> reports.status("ANATF", LocalDate.now(clock)));
        assertThat(asDonor.allocatedUsd()).as("the demo's allocations are not released to the donor's nation")
                .isLessThan(asManager.allocatedUsd());
        String share = asDonor.allocatedUsd().signum() <= 0 || asDonor.contributionsUsd().signum() <= 0
                ? "none you may see"
                : words.percent(asDonor.allocatedUsd().doubleValue() / asDonor.contributionsUsd().doubleValue(), 1);
        assertThat(donor.lines()).singleElement().satisfies(line -> {
            assertThat(line.label()).isEqualTo("Afghan National Army Trust Fund");
            assertThat(line.cells().get(2)).as("the share of what the donor may see of the fund's allocations")
                    .isEqualTo(share);
        });

        String page = home("donor");
        assertThat(page).contains("id=\"home-donor\"").doesNotContain("id=\"home-force\"", "id=\"home-funding\"",
                "id=\"home-advising\"");
        register.donors().stream().filter(d -> !"GBR".equals(d.nation()))
                .forEach(other -> assertThat(page).as("another donor on the donor's home")
                        .doesNotContain(">" + other.name() + "<"));
    }

    @Test
    void theFundsSectionSumsEachFundsBooksForTheViewer() throws Exception {
        Formats words = new Formats(Locale.ENGLISH, messages);
        HomeSection funding = section(FUND_MANAGER, words, "funding").orElseThrow();

        assertThat(funding.lines()).hasSize(register.funds().size());
        assertThat(funding.lines()).allSatisfy(line -> assertThat(line.cells()).allMatch(cell -> cell.startsWith(
                "USD")));
    }

    private Optional<HomeSection> section(Viewer viewer, Formats words, String name) {
        return Viewers.runAs(viewer, () -> sources.stream().flatMap(source -> source.sectionShownTo(viewer, words)
                .stream()).filter(section -> section.name().equals(name)).findFirst());
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andExpect(view().name("dashboard/home"))
                .andReturn().getResponse().getContentAsString();
    }
}

@OnH2
class HomeOnH2Tests extends HomeTests {
}

@OnPostgres
class HomeOnPostgresTests extends HomeTests {
}
