package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.BoardMeeting;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.HostCommitmentYear;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPledge;
import org.resolute.funding.domain.NewReceipt;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.PledgeStatus;
import org.resolute.funding.domain.Pledges;
import org.resolute.funding.domain.Receipts;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Funds, donors, pledges, receipts and the figures computed from them, on both databases. */
abstract class FundingRecordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundBook register;

    @Autowired
    Pledges pledges;

    @Autowired
    Receipts receipts;

    @Autowired
    FundReports reports;

    @Autowired
    Ledger ledger;

    @Test
    void thePublicSeesTheTrustFundsCumulativeContributionsOverThreePointTwoBillionWithoutSigningIn()
            throws Exception {
        mvc.perform(get("/api/v1/public/funds").param("asOf", "2020-10-05"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'ANATF')].name").value("Afghan National Army Trust Fund"))
                .andExpect(jsonPath("$[?(@.code == 'ANATF')].asOf").value("2020-10-05"))
                .andExpect(jsonPath("$[0].cumulativeContributionsUsd").isNumber());
        BigDecimal anatf = reports.publicTotals(LocalDate.of(2020, 10, 5)).stream()
                .filter(fund -> fund.code().equals("ANATF")).findFirst().orElseThrow().cumulativeContributionsUsd();
        assertThat(anatf).isGreaterThan(new BigDecimal("3200000000"));
        assertThat(reports.publicTotals(LocalDate.of(2006, 12, 31)).stream()
                .filter(fund -> fund.code().equals("ANATF")).findFirst().orElseThrow().cumulativeContributionsUsd())
                .isEqualByComparingTo("0");
    }

    @Test
    void theUnitedKingdomsSeventyMillionPoundsFor2021WereConfirmedAtTheOctober2020Plenary() {
        BoardMeeting plenary = register.boardMeetings("ANATF").stream()
                .filter(meeting -> meeting.heldOn().equals(LocalDate.of(2020, 10, 19))).findFirst().orElseThrow();
        List<Pledge> confirmed = Viewers.runAs(Viewer.ANONYMOUS, () -> pledges.confirmedAt(plenary.id()));
        assertThat(confirmed).singleElement().satisfies(pledge -> {
            assertThat(pledge.donor()).isEqualTo("GBR");
            assertThat(pledge.annualAmount()).isEqualTo(Money.of("70000000", "GBP"));
            assertThat(pledge.firstYear()).isEqualTo(2021);
            assertThat(pledge.provenance().source()).isEqualTo("S38");
        });
    }

    @Test
    void aFundManagerAddsADonorWithItsIatiIdentifierOnce() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = """
                {"code": "%s", "name": "Test Development Bank", "kind": "ORGANISATION",
                 "iatiIdentifier": "XE-EXAMPLE-TEST-%s"}""".formatted(code, code);
        mvc.perform(post("/api/v1/donors").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.iatiIdentifier").value("XE-EXAMPLE-TEST-" + code));
        mvc.perform(post("/api/v1/donors").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("code"));
        mvc.perform(post("/api/v1/donors").with(user(accounts.loadUserByUsername("viewer"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(code, code + "X")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReceiptInEurosIsConvertedAtTheNamedRateOfItsValueDateAndPostedOnce() throws Exception {
        String donor = newDonor();
        String key = UUID.randomUUID().toString();
        String body = """
                {"donor": "%s", "fund": "ANATF", "pledgeYear": 2019, "amount": 1000000, "currency": "EUR",
                 "valueDate": "2019-06-14", "bankReference": "BANK-REF-1"}""".formatted(donor);
        mvc.perform(post("/api/v1/receipts").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.usd.amount").value(1120000.0))
                .andExpect(jsonPath("$.rateSource").value("DEMO"))
                .andExpect(jsonPath("$.rateDate").value("2019-01-01"));
        mvc.perform(post("/api/v1/receipts").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(ledger.balance("ANATF:CONTRIBUTION:" + donor + ":USD").balance())
                .isEqualByComparingTo("-1120000");
        assertThat(ledger.balance("ANATF:CONTRIBUTION:" + donor + ":USD").entries()).isEqualTo(1);
        mvc.perform(post("/api/v1/receipts").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void reconciliationShowsTheShortfallApartFromTheExchangeRateDifferenceAndFlagsUnpaidPledges() {
        String donor = newDonor();
        Viewers.runAs(Viewer.SYSTEM, () -> {
            pledges.announce(new NewPledge(donor, "ANATF", 2016, 2016, Money.of("1000000", "EUR"),
                    LocalDate.of(2015, 10, 20), null, null));
            receipts.record(new NewReceipt(UUID.randomUUID().toString(), donor, "ANATF", null, 2016,
                    Money.of("800000", "EUR"), LocalDate.of(2017, 3, 1), "REF-2016", null, null));
            pledges.announce(new NewPledge(donor, "ANATF", 2018, 2018, Money.of("500000", "USD"),
                    LocalDate.of(2017, 10, 20), null, null));
        });
        List<ReconciliationLine> lines = Viewers.runAs(Viewer.SYSTEM, () ->
                reports.reconcile(new ContributionFilter(donor, "ANATF", null)));
        ReconciliationLine partly = lines.stream().filter(line -> line.year() == 2016).findFirst().orElseThrow();
        assertThat(partly.pledged()).isEqualByComparingTo("1000000");
        assertThat(partly.receivedInPledgeCurrency()).isEqualByComparingTo("800000");
        assertThat(partly.shortfall()).isEqualByComparingTo("200000");
        assertThat(partly.receivedUsd()).isEqualByComparingTo("904000");
        assertThat(partly.pledgedUsd()).isEqualByComparingTo("1110000");
        assertThat(partly.shortfallUsd()).isEqualByComparingTo("222000");
        assertThat(partly.fxDifferenceUsd()).isEqualByComparingTo("16000");
        assertThat(partly.receivedUsd().subtract(partly.fxDifferenceUsd()).add(partly.shortfallUsd()))
                .isEqualByComparingTo(partly.pledgedUsd());
        assertThat(partly.overdue()).isFalse();
        ReconciliationLine unpaid = lines.stream().filter(line -> line.year() == 2018).findFirst().orElseThrow();
        assertThat(unpaid.overdue()).isTrue();
        assertThat(unpaid.shortfall()).isEqualByComparingTo("500000");
    }

    @Test
    void aDonorsRepresentativeSeesOnlyTheirOwnDonorsAndPublicRecordsEverywhere() throws Exception {
        mvc.perform(get("/api/v1/pledges").param("size", "500").with(user(accounts.loadUserByUsername("donor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.donor != 'GBR' && @.marking.classification != 'PUBLIC')]")
                        .isEmpty())
                .andExpect(jsonPath("$.totalItems").value(greaterThan(10)));
        mvc.perform(get("/api/v1/receipts").param("size", "500").param("donor", "DEU")
                        .with(user(accounts.loadUserByUsername("donor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.marking.classification != 'PUBLIC')]").isEmpty());
        mvc.perform(get("/api/v1/reconciliation").param("fund", "ANATF")
                        .with(user(accounts.loadUserByUsername("donor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.donor == 'DEU' && @.year == 2019)]").isEmpty())
                .andExpect(jsonPath("$[?(@.donor == 'GBR' && @.year == 2019)]").isNotEmpty());
        mvc.perform(get("/api/v1/reconciliation").param("fund", "ANATF")
                        .with(user(accounts.loadUserByUsername("fundmanager"))))
                .andExpect(jsonPath("$[?(@.donor == 'DEU' && @.year == 2019)]").isNotEmpty());
    }

    @Test
    void theHostGovernmentsCommitmentIsFiveHundredMillionAYearFrom2015AgainstItsRecordedContributions() {
        List<HostCommitmentYear> years = reports.hostCommitment();
        assertThat(years.get(0).year()).isEqualTo(2015);
        assertThat(years).allSatisfy(year -> assertThat(year.committedUsd()).isEqualByComparingTo("500000000"));
        assertThat(years.get(0).commitmentProvenance().source()).isEqualTo("S41");
        HostCommitmentYear y2018 = years.stream().filter(year -> year.year() == 2018).findFirst().orElseThrow();
        assertThat(y2018.met()).isEqualTo(y2018.contributedUsd().compareTo(y2018.committedUsd()) >= 0);
    }

    @Test
    void aPledgeIsConfirmedOnlyByABoardMeetingOfItsOwnFund() {
        String donor = newDonor();
        Viewers.runAs(Viewer.SYSTEM, () -> {
            Pledge pledge = pledges.announce(new NewPledge(donor, "LOTFA", 2020, 2020, Money.of("10", "USD"),
                    LocalDate.of(2019, 10, 1), null, null));
            BoardMeeting anatf = register.boardMeetings("ANATF").get(0);
            assertThatThrownBy(() -> pledges.confirm(pledge.id(), anatf.id())).isInstanceOf(InvalidInput.class);
            BoardMeeting lotfa = register.recordBoardMeeting("LOTFA", LocalDate.of(2019, 11, 1), "LOTFA board",
                    null);
            assertThat(pledges.confirm(pledge.id(), lotfa.id()).status()).isEqualTo(PledgeStatus.CONFIRMED);
            assertThatThrownBy(() -> pledges.confirm(pledge.id(), lotfa.id())).isInstanceOf(InvalidInput.class);
        });
    }

    String newDonor() {
        return DonorMother.newDonor(register, "Q");
    }
}

@OnH2
class FundingRecordsOnH2Tests extends FundingRecordsTests {
}

@OnPostgres
class FundingRecordsOnPostgresTests extends FundingRecordsTests {
}
