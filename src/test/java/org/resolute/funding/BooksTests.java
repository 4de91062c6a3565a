package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.CashHolding;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.FundStatus;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.MovementKind;
import org.resolute.funding.domain.Movements;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.Side;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Books that one record cannot break: a write the books could not value is refused, a report values every row it
 * can and marks the one it cannot, no currency's cash ever goes negative, and receipts agree with the journal.
 */
abstract class BooksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundBook register;

    @Autowired
    FundReports reports;

    @Autowired
    Ledger ledger;

    @Autowired
    Movements movements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPledgeAnnouncedBeforeAnyRateOnFileIsRefusedNamingAnnouncedOnAndNothingIsStored() throws Exception {
        String donor = newDonor();
        mvc.perform(post("/api/v1/pledges").with(as("fundmanager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"donor": "%s", "fund": "ANATF", "firstYear": 2005, "annualAmount": 1000000,
                                 "currency": "EUR", "announcedOn": "2005-01-01"}""".formatted(donor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("announcedOn"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("EUR")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_pledge WHERE donor = ?", Long.class, donor))
                .isZero();
        mvc.perform(post("/api/v1/pledges").with(as("fundmanager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"donor": "%s", "fund": "ANATF", "firstYear": 2005, "annualAmount": 1000000,
                                 "currency": "USD", "announcedOn": "2005-01-01"}""".formatted(donor)))
                .andExpect(status().isCreated());
    }

    @Test
    void everyReportAnswersWithALegacyPledgeItCannotValueMarkedAndTheRestValued() throws Exception {
        String donor = newDonor();
        mvc.perform(post("/api/v1/pledges").with(as("fundmanager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"donor": "%s", "fund": "ANATF", "firstYear": 2019, "annualAmount": 500000,
                                 "currency": "EUR", "announcedOn": "2018-11-01"}""".formatted(donor)))
                .andExpect(status().isCreated());
        UUID legacy = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO funding_pledge (id, donor, fund, first_year, last_year, amount, currency, status,
                                            announced_on, source, provenance_status, classification, version)
                VALUES (?, ?, 'ANATF', 2005, 2005, 1000000, 'EUR', 'ANNOUNCED', DATE '2005-01-01', 'legacy import',
                        'EXACT', 'MISSION', 0)""", legacy, donor);
        try {
            mvc.perform(get("/api/v1/reconciliation").with(as("fundmanager")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.donor == '%s' && @.year == 2005)].noRate".formatted(donor))
                            .value("no rate for EUR on 2005-01-01"))
                    .andExpect(jsonPath("$[?(@.donor == '%s' && @.year == 2005)].pledged".formatted(donor))
                            .value(1000000.0))
                    .andExpect(jsonPath("$[?(@.donor == '%s' && @.year == 2019)].pledgedUsd".formatted(donor))
                            .value(590000.0))
                    .andExpect(jsonPath("$[?(@.donor == 'DEU' && @.year == 2019)].noRate").value(
                            Matchers.contains(Matchers.nullValue())));
            mvc.perform(get("/funding/reconciliation").with(as("fundmanager")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("No rate for EUR on 1 Jan 2005")));
            byte[] pdf = mvc.perform(get("/funding/donors/{code}/statement.pdf", donor).with(as("fundmanager")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(text(pdf).replaceAll("[\\s\u00a0]+", " ")).contains("ANATF 2005 EUR 1,000,000.00")
                    .contains("No rate for EUR on 1 Jan 2005").contains("ANATF 2019 EUR 500,000.00");
            for (String page : List.of("/funding", "/funding/charts/data", "/funding/host-commitment",
                    "/api/v1/funds/ANATF/status", "/api/v1/host-commitment", "/api/v1/funds/ANATF/iati")) {
                mvc.perform(get(page).with(as("fundmanager"))).andExpect(status().isOk());
            }
        } finally {
            jdbc.update("DELETE FROM funding_pledge WHERE id = ?", legacy);
        }
    }

    @Test
    void theDemoBooksHoldNoNegativeCashInAnyCurrencyOfAnyFundOnAnyDate() {
        Map<String, BigDecimal> running = new HashMap<>();
        List<String> negative = new ArrayList<>();
        jdbc.query("""
                SELECT e.account_id, e.value_date,
                       SUM(CASE WHEN e.side = 'DEBIT' THEN e.amount ELSE -e.amount END) AS change
                FROM funding_entry e JOIN funding_account a ON a.id = e.account_id
                WHERE a.kind = 'BANK' AND a.fund IN (SELECT code FROM funding_fund)
                GROUP BY e.account_id, e.value_date ORDER BY e.account_id, e.value_date""", row -> {
                    BigDecimal balance = running.merge(row.getString("account_id"), row.getBigDecimal("change"),
                            BigDecimal::add);
                    if (balance.signum() < 0) {
                        negative.add(row.getString("account_id") + " on " + row.getDate("value_date") + ": "
                                + balance);
                    }
                });
        assertThat(running).containsKeys("ANATF:BANK:USD", "ANATF:BANK:EUR", "ANATF:BANK:JPY");
        assertThat(negative).isEmpty();
        Viewers.runAs(Viewer.SYSTEM, () -> {
            for (String day : List.of("2010-12-31", "2015-09-30", "2016-05-31", "2018-12-31", "2020-10-05",
                    "2021-12-31")) {
                for (Fund fund : register.funds()) {
                    FundStatus status = reports.status(fund.code(), LocalDate.parse(day));
                    assertThat(status.cash()).as(fund.code() + " on " + day)
                            .allSatisfy(holding -> assertThat(holding.amount().isNegative()).isFalse());
                }
            }
            FundStatus anatf = reports.status("ANATF", LocalDate.of(2020, 10, 5));
            assertThat(anatf.contributionsUsd()).isGreaterThan(new BigDecimal("3200000000"));
            assertThat(movements.list("ANATF")).anyMatch(movement -> movement.kind() == MovementKind.CONVERSION);
        });
    }

    @Test
    void aDisbursementTheCashCannotCoverFromItsValueDateOnIsRefusedAndChangesNothing() throws Exception {
        BigDecimal onTheDay = usdCash(LocalDate.of(2015, 9, 26));
        BigDecimal afterThePayments = usdCash(LocalDate.of(2015, 9, 30));
        BigDecimal amount = afterThePayments.add(BigDecimal.ONE);
        assertThat(onTheDay).isGreaterThan(amount);
        long movementsBefore = count("funding_movement");
        long postingsBefore = count("funding_posting");
        BigDecimal bankBefore = ledger.balance("ANATF:BANK:USD").balance();
        mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fund": "ANATF", "kind": "DISBURSEMENT", "project": "ANATF-SUST",
                                 "amountUsd": %s, "valueDate": "2015-09-26"}""".formatted(amount.toPlainString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amountUsd"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("2015-09-30")));
        assertThat(count("funding_movement")).isEqualTo(movementsBefore);
        assertThat(count("funding_posting")).isEqualTo(postingsBefore);
        assertThat(ledger.balance("ANATF:BANK:USD").balance()).isEqualByComparingTo(bankBefore);
        assertThat(usdCash(LocalDate.of(2015, 9, 30))).isEqualByComparingTo(afterThePayments);
    }

    @Test
    void concurrentDisbursementsThatTheCashCoversOnlyTogetherAreNotBothPaid() throws Exception {
        LocalDate day = LocalDate.of(2022, 1, 10);
        mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fund": "ANATF", "kind": "CONVERSION", "soldAmount": 400000, "soldCurrency": "EUR",
                                 "rate": 1.0, "valueDate": "2022-01-10"}"""))
                .andExpect(status().isCreated());
        BigDecimal available = usdCash(day);
        BigDecimal each = available.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN).add(BigDecimal.ONE);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .contentType(MediaType.APPLICATION_JSON).content("""
                                            {"fund": "ANATF", "kind": "DISBURSEMENT", "project": "ANATF-SUST",
                                             "amountUsd": %s, "valueDate": "2022-01-11"}"""
                                            .formatted(each.toPlainString())))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 400);
            assertThat(statuses.stream().filter(code -> code == 201).count()).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(usdCash(day.plusDays(1))).isEqualByComparingTo(available.subtract(
                each.multiply(BigDecimal.valueOf(3))));
        assertThat(usdCash(day.plusDays(1)).signum()).isNotNegative();
    }

    @Test
    void aConversionMovesCashBetweenTwoCurrenciesAtItsRateBalancedInEach() throws Exception {
        LocalDate day = LocalDate.of(2021, 3, 1);
        Money eurBefore = cash(day, "EUR");
        Money usdBefore = cash(day, "USD");
        String json = mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fund": "ANATF", "kind": "CONVERSION", "soldAmount": 1000000, "soldCurrency": "EUR",
                                 "rate": 1.2075, "valueDate": "2021-03-01"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount.amount").value(1207500.0))
                .andExpect(jsonPath("$.amount.currency").value("USD"))
                .andExpect(jsonPath("$.conversion.sold.currency").value("EUR"))
                .andExpect(jsonPath("$.project").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        UUID posting = UUID.fromString(json.replaceAll(".*\"posting\":\"([0-9a-f-]{36})\".*", "$1"));
        Map<String, BigDecimal> perCurrency = new HashMap<>();
        for (PostingLine line : ledger.posting(posting).lines()) {
            perCurrency.merge(line.amount().currencyCode(), line.side() == Side.DEBIT ? line.amount().amount()
                    : line.amount().amount().negate(), BigDecimal::add);
        }
        assertThat(perCurrency).containsOnlyKeys("EUR", "USD");
        assertThat(perCurrency.values()).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("0"));
        assertThat(cash(day, "EUR").amount()).isEqualByComparingTo(eurBefore.amount().subtract(
                new BigDecimal("1000000")));
        assertThat(cash(day, "USD").amount()).isEqualByComparingTo(usdBefore.amount().add(
                new BigDecimal("1207500")));
        mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fund": "ANATF", "kind": "CONVERSION", "soldAmount": 900000000000,
                                 "soldCurrency": "EUR", "rate": 1.2, "valueDate": "2021-03-02"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("soldAmount"));
        for (String[] bad : List.of(new String[] {"\"rate\": 0", "rate"},
                new String[] {"\"rate\": 1.2, \"amountUsd\": 5", "amountUsd"},
                new String[] {"\"rate\": 1.2, \"boughtCurrency\": \"EUR\"", "boughtCurrency"})) {
            mvc.perform(post("/api/v1/movements").with(as("fundmanager")).with(csrf())
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"fund": "ANATF", "kind": "CONVERSION", "soldAmount": 1000, "soldCurrency": "EUR",
                                     %s, "valueDate": "2021-03-02"}""".formatted(bad[0])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(bad[1]));
        }
        assertThat(cash(day, "EUR").amount()).isEqualByComparingTo(eurBefore.amount().subtract(
                new BigDecimal("1000000")));
    }

    @Test
    void theStatusShowsCashPerCurrencyWithItsUsdValueAtTheAsOfDateAndTheRateSource() throws Exception {
        FundStatus status = Viewers.runAs(Viewer.SYSTEM, () -> reports.status("ANATF", LocalDate.of(2020, 10, 5)));
        CashHolding eur = status.cash().stream().filter(holding -> holding.amount().currencyCode().equals("EUR"))
                .findFirst().orElseThrow();
        assertThat(eur.rateSource()).isEqualTo("DEMO");
        assertThat(eur.rateDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(eur.usdPerUnit()).isEqualByComparingTo("1.14");
        assertThat(eur.usd()).isEqualByComparingTo(eur.amount().amount().multiply(new BigDecimal("1.14"))
                .setScale(2, java.math.RoundingMode.HALF_EVEN));
        assertThat(status.cashUsd()).isEqualByComparingTo(status.cash().stream().map(CashHolding::usd)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        mvc.perform(get("/api/v1/funds/ANATF/status").param("asOf", "2020-10-05").with(as("fundmanager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cash[?(@.amount.currency == 'EUR')].rateSource").value("DEMO"))
                .andExpect(jsonPath("$.cash[?(@.amount.currency == 'EUR')].rateDate").value("2020-01-01"))
                .andExpect(jsonPath("$.cash[?(@.amount.currency == 'JPY')].usd").isNotEmpty())
                .andExpect(jsonPath("$.cashUsd").isNumber());
        mvc.perform(get("/funding").param("asOf", "2020-10-05").with(as("fundmanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.stringContainsInOrder("id=\"fund-cash\"",
                        "data-fund=\"ANATF\" data-currency=\"EUR\"", "1.14", "demo rates", "1 Jan 2020")));
    }

    @Test
    void theVerificationNamesAReceiptWhoseAmountOrPostingWasAlteredInTheDatabase() throws Exception {
        mvc.perform(get("/api/v1/ledger/verification").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkedReceipts").value(Matchers.greaterThan(180)))
                .andExpect(jsonPath("$.receiptDisagreements").isEmpty());
        Map<String, Object> receipt = jdbc.queryForMap(
                "SELECT id, posting_id FROM funding_receipt WHERE bank_reference = 'ANATF-2016-DEU-001'");
        String id = receipt.get("id").toString();
        jdbc.update("UPDATE funding_receipt SET amount = amount + 1 WHERE id = ?", receipt.get("id"));
        try {
            mvc.perform(get("/api/v1/ledger/verification").with(as("auditor")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.receiptDisagreements[0].receipt").value(id))
                    .andExpect(jsonPath("$.receiptDisagreements[0].problem").value(
                            Matchers.containsString("its posting banks")))
                    .andExpect(jsonPath("$.problem").value(Matchers.containsString(id)));
        } finally {
            jdbc.update("UPDATE funding_receipt SET amount = amount - 1 WHERE id = ?", receipt.get("id"));
        }
        String contribution = "UPDATE funding_entry SET amount = amount %s 0.01 WHERE posting_id = ? "
                + "AND account_id = 'ANATF:CONTRIBUTION:DEU:USD'";
        jdbc.update(contribution.formatted("+"), receipt.get("posting_id"));
        try {
            mvc.perform(get("/api/v1/ledger/verification").with(as("auditor")))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.receiptDisagreements[?(@.receipt == '%s')].problem".formatted(id))
                            .value(Matchers.contains(Matchers.containsString("credits the contribution"))));
        } finally {
            jdbc.update(contribution.formatted("-"), receipt.get("posting_id"));
        }
        mvc.perform(get("/api/v1/ledger/verification").with(as("auditor")))
                .andExpect(jsonPath("$.receiptDisagreements").isEmpty());
    }

    private BigDecimal usdCash(LocalDate day) {
        return cash(day, "USD").amount();
    }

    private Money cash(LocalDate day, String currency) {
        return Viewers.runAs(Viewer.SYSTEM, () -> reports.status("ANATF", day)).cash().stream()
                .filter(holding -> holding.amount().currencyCode().equals(currency)).findFirst().orElseThrow()
                .amount();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }

    String newDonor() {
        return DonorMother.newDonor(register, "B");
    }
}

@OnH2
class BooksOnH2Tests extends BooksTests {
}

@OnPostgres
class BooksOnPostgresTests extends BooksTests {
}
