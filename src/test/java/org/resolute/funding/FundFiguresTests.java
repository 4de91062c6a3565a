package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.Movement;
import org.resolute.funding.domain.MovementKind;
import org.resolute.funding.domain.Movements;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.Receipts;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.HasViewer;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Figures obey markings as records do: for each aggregate endpoint and page, a caller's figure equals the same
 * figure worked out from the receipts and movements that caller can list. The demo's GBR donor representative sees
 * public records and those released to the United Kingdom; the administrator sees them all.
 */
abstract class FundFiguresTests {

    static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Receipts receipts;

    @Autowired
    Movements movements;

    @Autowired
    FundReports reports;

    UserDetails donor() {
        return accounts.loadUserByUsername("donor");
    }

    UserDetails admin() {
        return accounts.loadUserByUsername("admin");
    }

    static Viewer viewerOf(UserDetails user) {
        return ((HasViewer) user).viewer();
    }

    String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString();
    }

    List<Receipt> listedReceipts(UserDetails user, String fund) {
        return Viewers.runAs(viewerOf(user), () -> receipts.list(new ContributionFilter(null, fund, null)));
    }

    List<Movement> listedMovements(UserDetails user, String fund) {
        return Viewers.runAs(viewerOf(user), () -> movements.list(fund));
    }

    /** Cash per currency as the listed records make it: receipts in, disbursements (in USD) out. */
    static SortedMap<String, BigDecimal> cashOf(List<Receipt> receipts, List<Movement> movements, LocalDate asOf) {
        SortedMap<String, BigDecimal> cash = new TreeMap<>();
        receipts.stream().filter(receipt -> !receipt.valueDate().isAfter(asOf)).forEach(receipt ->
                cash.merge(receipt.amount().currencyCode(), receipt.amount().amount(), BigDecimal::add));
        movements.stream().filter(movement -> !movement.valueDate().isAfter(asOf)).forEach(movement -> {
            if (movement.kind() == MovementKind.DISBURSEMENT) {
                cash.merge(movement.amount().currencyCode(), movement.amount().amount().negate(), BigDecimal::add);
            } else if (movement.kind() == MovementKind.CONVERSION) {
                cash.merge(movement.conversion().sold().currencyCode(),
                        movement.conversion().sold().amount().negate(), BigDecimal::add);
                cash.merge(movement.amount().currencyCode(), movement.amount().amount(), BigDecimal::add);
            }
        });
        return cash;
    }

    static BigDecimal usdOf(List<Receipt> receipts, LocalDate asOf) {
        return receipts.stream().filter(receipt -> !receipt.valueDate().isAfter(asOf))
                .map(receipt -> receipt.usd().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal movedOf(List<Movement> movements, MovementKind kind, LocalDate asOf) {
        return movements.stream().filter(movement -> movement.kind() == kind)
                .filter(movement -> !movement.valueDate().isAfter(asOf))
                .map(movement -> movement.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static SortedMap<Integer, BigDecimal> usdByYear(List<Receipt> receipts) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        receipts.forEach(receipt -> byYear.merge(receipt.valueDate().getYear(), receipt.usd().amount(),
                BigDecimal::add));
        return byYear;
    }

    static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    @Test
    void theFundStatusAddsUpTheReceiptsAndMovementsTheCallerCanList() throws Exception {
        for (UserDetails user : List.of(donor(), admin())) {
            String status = json(get("/api/v1/funds/ANATF/status").param("asOf", AS_OF.toString()).with(user(user)));
            List<Receipt> listed = listedReceipts(user, "ANATF");
            List<Movement> moved = listedMovements(user, "ANATF");
            String who = user.getUsername();
            assertThat(decimal(JsonPath.read(status, "$.contributionsUsd"))).as(who)
                    .isEqualByComparingTo(usdOf(listed, AS_OF));
            assertThat(decimal(JsonPath.read(status, "$.allocatedUsd"))).as(who)
                    .isEqualByComparingTo(movedOf(moved, MovementKind.ALLOCATION, AS_OF));
            assertThat(decimal(JsonPath.read(status, "$.disbursedUsd"))).as(who)
                    .isEqualByComparingTo(movedOf(moved, MovementKind.DISBURSEMENT, AS_OF));
            assertThat(decimal(JsonPath.read(status, "$.expendedUsd"))).as(who)
                    .isEqualByComparingTo(movedOf(moved, MovementKind.EXPENDITURE, AS_OF));
            SortedMap<String, BigDecimal> cash = new TreeMap<>();
            List<Map<String, Object>> held = JsonPath.read(status, "$.cash[*]");
            held.forEach(holding -> {
                Map<?, ?> money = (Map<?, ?>) holding.get("amount");
                cash.put(money.get("currency").toString(), decimal(money.get("amount")));
            });
            SortedMap<String, BigDecimal> expected = cashOf(listed, moved, AS_OF);
            assertThat(cash.keySet()).as(who).containsExactlyElementsOf(expected.keySet());
            cash.forEach((currency, amount) -> assertThat(amount).as(who + " " + currency)
                    .isEqualByComparingTo(expected.get(currency)));
        }
    }

    @Test
    void aGbrDonorSeesNoCashThatOnlyOtherDonorsReceiptsBrought() throws Exception {
        String donors = json(get("/api/v1/funds/ANATF/status").param("asOf", AS_OF.toString()).with(user(donor())));
        String admins = json(get("/api/v1/funds/ANATF/status").param("asOf", AS_OF.toString()).with(user(admin())));
        List<String> donorsCurrencies = JsonPath.read(donors, "$.cash[*].amount.currency");
        List<String> adminsCurrencies = JsonPath.read(admins, "$.cash[*].amount.currency");
        assertThat(donorsCurrencies).doesNotContain("AUD", "CAD", "DKK", "JPY", "NOK").contains("GBP");
        assertThat(adminsCurrencies).contains("AUD", "CAD", "DKK", "JPY", "NOK", "GBP");
        assertThat(decimal(JsonPath.read(donors, "$.contributionsUsd")))
                .isLessThan(decimal(JsonPath.read(admins, "$.contributionsUsd")));
    }

    @Test
    void anAdministratorStillSeesTheFullFiguresTheSameAsThePublishedTotal() throws Exception {
        String admins = json(get("/api/v1/funds/ANATF/status").param("asOf", AS_OF.toString()).with(user(admin())));
        BigDecimal published = Viewers.runAs(Viewer.ANONYMOUS, () -> reports.publicTotals(AS_OF)).stream()
                .filter(fund -> fund.code().equals("ANATF")).findFirst().orElseThrow().cumulativeContributionsUsd();
        assertThat(decimal(JsonPath.read(admins, "$.contributionsUsd"))).isEqualByComparingTo(published);
        assertThat(published).isGreaterThan(new BigDecimal("3200000000"));
    }

    @Test
    void contributionsByYearAddUpTheReceiptsTheCallerCanList() throws Exception {
        for (UserDetails user : List.of(donor(), admin())) {
            for (String fund : List.of("ANATF", "HOST")) {
                Map<String, Object> byYear = JsonPath.read(json(get("/api/v1/funds/" + fund
                        + "/contributions-by-year").with(user(user))), "$");
                SortedMap<Integer, BigDecimal> answered = new TreeMap<>();
                byYear.forEach((year, usd) -> answered.put(Integer.valueOf(year), decimal(usd)));
                SortedMap<Integer, BigDecimal> expected = usdByYear(listedReceipts(user, fund));
                assertThat(answered.keySet()).as(user.getUsername() + " " + fund)
                        .containsExactlyElementsOf(expected.keySet());
                answered.forEach((year, usd) -> assertThat(usd).as(user.getUsername() + " " + fund + " " + year)
                        .isEqualByComparingTo(expected.get(year)));
            }
        }
        assertThat(usdByYear(listedReceipts(admin(), "HOST"))).as("the demo records the host's contributions")
                .isNotEmpty();
    }

    @Test
    void theHostCommitmentCountsOnlyTheHostReceiptsTheCallerCanList() throws Exception {
        for (UserDetails user : List.of(donor(), admin())) {
            SortedMap<Integer, BigDecimal> expected = usdByYear(listedReceipts(user, "HOST"));
            String years = json(get("/api/v1/host-commitment").with(user(user)));
            List<Integer> listedYears = JsonPath.read(years, "$[*].year");
            assertThat(listedYears).isNotEmpty();
            for (Integer year : listedYears) {
                List<Object> contributed = JsonPath.read(years, "$[?(@.year == " + year + ")].contributedUsd");
                assertThat(decimal(contributed.get(0))).as(user.getUsername() + " " + year)
                        .isEqualByComparingTo(expected.getOrDefault(year, BigDecimal.ZERO));
            }
            expected.keySet().stream().filter(year -> year >= 2015)
                    .forEach(year -> assertThat(listedYears).contains(year));
        }
    }

    @Test
    void theChartsAddUpTheRecordsTheCallerCanList() throws Exception {
        for (UserDetails user : List.of(donor(), admin())) {
            String charts = json(get("/funding/charts/data").with(user(user)));
            List<Receipt> listed = listedReceipts(user, "ANATF");
            Map<String, Object> cumulative = JsonPath.read(charts, "$.cumulativeUsd");
            BigDecimal last = new ArrayList<>(cumulative.values()).stream().map(FundFiguresTests::decimal)
                    .reduce((first, second) -> second).orElse(BigDecimal.ZERO);
            assertThat(last).as(user.getUsername()).isEqualByComparingTo(usdOf(listed, LocalDate.MAX));
            Map<String, Object> byDonor = JsonPath.read(charts, "$.contributionsByDonor");
            assertThat(byDonor.keySet()).as(user.getUsername()).containsExactlyInAnyOrderElementsOf(
                    listed.stream().map(Receipt::donor).distinct().toList());
        }
    }

    @Test
    void reconciliationAndTheDonorStatementAddUpTheReceiptsTheCallerCanList() throws Exception {
        for (UserDetails user : List.of(donor(), admin())) {
            for (String donorCode : List.of("GBR", "DEU")) {
                List<Receipt> listed = Viewers.runAs(viewerOf(user),
                        () -> receipts.list(new ContributionFilter(donorCode, null, null)));
                List<Object> received = JsonPath.read(json(get("/api/v1/reconciliation").param("donor", donorCode)
                        .with(user(user))), "$[*].receivedUsd");
                assertThat(received.stream().map(FundFiguresTests::decimal).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as(user.getUsername() + " " + donorCode).isEqualByComparingTo(usdOf(listed, LocalDate.MAX));
                byte[] pdf = mvc.perform(get("/funding/donors/" + donorCode + "/statement.pdf").with(user(user)))
                        .andReturn().getResponse().getContentAsByteArray();
                PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(new PdfTextExtractor(reader).getTextFromPage(page));
                }
                NumberFormat amount = NumberFormat.getNumberInstance(Locale.UK);
                amount.setMinimumFractionDigits(2);
                amount.setMaximumFractionDigits(2);
                assertThat(text.toString().replaceAll("[\\s\u00a0]+", " ")).as(user.getUsername() + " " + donorCode)
                        .contains("Total received: USD "
                        + amount.format(usdOf(listed, LocalDate.MAX).setScale(2, RoundingMode.HALF_EVEN)));
            }
        }
    }

    @Test
    void theFundingPageShowsTheDonorNoCashOfOtherDonorsReceipts() throws Exception {
        String donors = mvc.perform(get("/funding").param("asOf", AS_OF.toString()).with(user(donor())))
                .andReturn().getResponse().getContentAsString();
        String admins = mvc.perform(get("/funding").param("asOf", AS_OF.toString()).with(user(admin())))
                .andReturn().getResponse().getContentAsString();
        String donorsTable = table(donors, "fund-status") + table(donors, "fund-cash");
        String adminsTable = table(admins, "fund-status") + table(admins, "fund-cash");
        for (String currency : List.of("AUD\u00a0", "CAD\u00a0", "DKK\u00a0", "JPY\u00a0", "NOK\u00a0")) {
            assertThat(donorsTable).doesNotContain(currency);
            assertThat(adminsTable).contains(currency);
        }
        assertThat(donorsTable).contains("over the records you may see");
    }

    static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void thePublishedTotalsAreTheSameForEveryReaderAndSaySoWithTheirProvenance() throws Exception {
        String anonymous = json(get("/api/v1/public/funds").param("asOf", AS_OF.toString()));
        String donors = json(get("/api/v1/public/funds").param("asOf", AS_OF.toString()).with(user(donor())));
        String admins = json(get("/api/v1/public/funds").param("asOf", AS_OF.toString()).with(user(admin())));
        assertThat(donors).isEqualTo(anonymous);
        assertThat(admins).isEqualTo(anonymous);
        List<Boolean> published = JsonPath.read(anonymous, "$[*].published");
        assertThat(published).isNotEmpty().containsOnly(true);
        assertThat(JsonPath.<List<String>>read(anonymous, "$[?(@.code == 'ANATF')].provenance.source"))
                .singleElement().asString().contains("ANATF books");
        assertThat(JsonPath.<List<String>>read(anonymous, "$[?(@.code == 'ANATF')].provenance.asOf"))
                .containsExactly(AS_OF.toString());
        assertThat(JsonPath.<List<String>>read(anonymous, "$[?(@.code == 'ANATF')].provenance.status"))
                .containsExactly("ILLUSTRATIVE");
        String page = mvc.perform(get("/transparency").param("asOf", AS_OF.toString())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("published figure").contains("The fund\u2019s books up to 31 Dec 2020");
    }
}

@OnH2
class FundFiguresOnH2Tests extends FundFiguresTests {
}

@OnPostgres
class FundFiguresOnPostgresTests extends FundFiguresTests {
}
