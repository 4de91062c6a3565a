package org.resolute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.resolute.client.ApiClient;
import org.resolute.client.ApiResponse;
import org.resolute.client.api.AdvisingApi;
import org.resolute.client.api.ForceApi;
import org.resolute.client.api.FundingApi;
import org.resolute.client.api.IdentityApi;
import org.resolute.client.api.PlanningApi;
import org.resolute.client.model.CashHolding;
import org.resolute.client.model.DonorRequest;
import org.resolute.client.model.EngagementResponse;
import org.resolute.client.model.FundStatus;
import org.resolute.client.model.NewToken;
import org.resolute.client.model.PageResultEngagementResponse;
import org.resolute.client.model.Plan;
import org.resolute.client.model.PlanRequest;
import org.resolute.client.model.PlanResult;
import org.resolute.client.model.Receipt;
import org.resolute.client.model.ReceiptRequest;
import org.resolute.support.OnServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client team does with the contract: the Java client that the build generates from the committed
 * {@code docs/openapi.json} (package {@code org.resolute.client}, never edited), used as generated against the
 * running application over real HTTP. The only hand-written HTTP is the sign-in form and reading the session's CSRF
 * token: a personal access token is created from a signed-in session (a token cannot create tokens), and that call is
 * the generated client's too. Everything after it goes with the token alone.
 */
@OnServer
class ApiClientTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("name=\"_csrf_header\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aClientGeneratedFromTheDocumentSignsInWithATokenAndDoesTheWorkOfEachRole() throws Exception {
        ApiClient fundManager = withToken(issueToken("fundmanager"));
        ApiClient planner = withToken(issueToken("planner"));

        searchesEngagementsWithFilters(new AdvisingApi(planner));
        readsTheFundsCashPerCurrencyAndRecordsAReceiptOnceUnderItsKey(new FundingApi(fundManager));
        startsAPlanAndFollowsItToItsResult(new PlanningApi(planner));
        downloadsThePlacematPdfIntact(new ForceApi(planner));
    }

    private void searchesEngagementsWithFilters(AdvisingApi advising) throws Exception {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2020, 6, 30);

        PageResultEngagementResponse page = advising.listEngagements(null, from, to, null,
                "EF1", null, null, null, "APPROVED", null, 0, 20, null);

        assertThat(page.getTotalItems()).isPositive();
        assertThat(page.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        for (EngagementResponse engagement : page.getItems()) {
            assertThat(engagement.getStatus()).isEqualTo(EngagementResponse.StatusEnum.APPROVED);
            assertThat(engagement.getDate()).isBetween(from, to);
            assertThat(engagement.getAreas()).contains("EF1");
        }
        PageResultEngagementResponse all = advising.listEngagements(null, from, to, null,
                null, null, null, null, null, null, 0, 1, null);
        assertThat(all.getTotalItems()).as("the filters narrow the search").isGreaterThan(page.getTotalItems());
    }

    private void readsTheFundsCashPerCurrencyAndRecordsAReceiptOnceUnderItsKey(FundingApi funding)
            throws Exception {
        FundStatus before = funding.getFundStatus("ANATF", null);
        assertThat(before.getFund()).isEqualTo("ANATF");
        assertThat(before.getCash()).extracting(cash -> cash.getAmount().getCurrency())
                .as("the trust fund holds cash in more than one currency").contains("USD", "EUR")
                .doesNotHaveDuplicates();
        for (CashHolding cash : before.getCash()) {
            assertThat(cash.getAmount().getCurrency()).matches("[A-Z]{3}");
            assertThat(cash.getAmount().getAmount()).isNotNegative();
            if (cash.getNoRate() == null) {
                assertThat(cash.getUsd()).as(cash.getAmount().getCurrency()).isNotNull();
                assertThat(cash.getRateSource()).as(cash.getAmount().getCurrency()).isNotBlank();
            }
        }

        String donor = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        funding.addDonor(new DonorRequest().code(donor).name("Client test donor " + donor)
                .kind(DonorRequest.KindEnum.ORGANISATION).iatiIdentifier("XE-EXAMPLE-C-" + donor));
        String key = UUID.randomUUID().toString();
        ReceiptRequest receipt = new ReceiptRequest().donor(donor).fund("ANATF").pledgeYear(2019)
                .amount(new BigDecimal("1000")).currency("EUR").valueDate(LocalDate.of(2019, 6, 14))
                .bankReference("CLIENT-" + donor);

        ApiResponse<Receipt> first = funding.recordReceiptWithHttpInfo(key, receipt);
        ApiResponse<Receipt> replay = funding.recordReceiptWithHttpInfo(key, receipt);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeaders()).containsKey("location");
        assertThat(first.getData().getAmount().getCurrency()).isEqualTo("EUR");
        assertThat(first.getData().getAmount().getAmount()).isEqualByComparingTo("1000");
        assertThat(first.getData().getUsd().getCurrency()).isEqualTo("USD");
        assertThat(first.getData().getRateSource()).isNotBlank();
        assertThat(replay.getStatusCode()).isEqualTo(200);
        assertThat(replay.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(replay.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(replay.getData().getPosting()).isEqualTo(first.getData().getPosting());
        assertThat(funding.listReceipts(donor, "ANATF", null, 0, 50, null).getItems()).hasSize(1);

        FundStatus after = funding.getFundStatus("ANATF", null);
        assertThat(euros(after).subtract(euros(before))).as("the receipt banked its euros once")
                .isEqualByComparingTo("1000");
    }

    private void startsAPlanAndFollowsItToItsResult(PlanningApi planning) throws Exception {
        ApiResponse<Plan> started = planning.startPlanWithHttpInfo(new PlanRequest().kind("DRAWDOWN")
                .troopCeiling(11_000).secondsLimit(2).asOf(LocalDate.of(2020, 10, 31)));
        assertThat(started.getStatusCode()).isEqualTo(202);
        assertThat(started.getHeaders()).containsKey("location");
        UUID id = started.getData().getId();

        Plan plan = planning.getPlan(id);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!List.of(Plan.StatusEnum.SOLVED, Plan.StatusEnum.FAILED, Plan.StatusEnum.STOPPED)
                .contains(plan.getStatus()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            plan = planning.getPlan(id);
        }

        assertThat(plan.getStatus()).as("plan %s", plan).isEqualTo(Plan.StatusEnum.SOLVED);
        assertThat(plan.getHardScore()).isZero();
        PlanResult result = planning.getPlanResult(id);
        assertThat(result.getViolations()).isEmpty();
        assertThat(result.getTroopsBefore()).isGreaterThan(result.getTroopsAfter());
        assertThat(result.getTroopsAfter()).isLessThanOrEqualTo(11_000);
        assertThat(result.getAssignments()).isNotEmpty();
    }

    private void downloadsThePlacematPdfIntact(ForceApi force) throws Exception {
        File file = force.downloadPlacematPdf(LocalDate.of(2020, 10, 31));
        byte[] pdf = Files.readAllBytes(file.toPath());
        Files.deleteIfExists(file.toPath());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isPositive();
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).as("the PDF parses and holds the placemat's figures")
                .contains("Resolute Support Mission", "As of 31 Oct 2020", "Total troops");
        reader.close();
    }

    private static BigDecimal euros(FundStatus status) {
        return status.getCash().stream().filter(cash -> cash.getAmount().getCurrency().equals("EUR"))
                .map(cash -> cash.getAmount().getAmount()).findFirst().orElse(BigDecimal.ZERO);
    }

    /**
     * A client that sends the token, and nothing else, with every request, and that refuses a field the document does
     * not declare (the generated default ignores it, which is how a client silently loses data).
     */
    private ApiClient withToken(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base());
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        return client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    /**
     * Signs in through the sign-in form (hand-written: the form is not part of the API) and creates a personal access
     * token with the generated client, from that session and with its CSRF token.
     */
    private String issueToken(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher formToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(formToken.find()).as("the sign-in form has a CSRF token").isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=resolute-demo&_csrf="
                        + URLEncoder.encode(formToken.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String home = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).header("Accept", "text/html").GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(home);
        Matcher header = CSRF_HEADER.matcher(home);
        assertThat(csrf.find() && header.find()).as("the signed-in page carries the session's CSRF token").isTrue();

        ApiClient session = new ApiClient();
        session.updateBaseUri(base());
        session.setHttpClientBuilder(HttpClient.newBuilder().cookieHandler(cookies));
        return new IdentityApi(session).issueToken(new NewToken().name("generated client test"),
                Map.of(header.group(1), csrf.group(1))).getToken();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
