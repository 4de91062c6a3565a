package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.Ledger;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a duty officer reads on {@code /actuator/prometheus}: requests by route and status, postings committed,
 * both sealers' lag, the planner's queue and the database pool; and every answer's request id, which a problem
 * detail carries too.
 */
abstract class OperationsMetricsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Ledger ledger;

    @Test
    void theDutyOfficersMetricsArePublishedAndPostingsAreCounted() throws Exception {
        mvc.perform(get("/api/v1/funds").with(user(accounts.loadUserByUsername("fundmanager"))));
        double before = postings(scrape());
        LedgerFixture books = new LedgerFixture(ledger);
        ledger.post(books.receipt("m1", "10", LocalDate.of(2020, 10, 5)));
        ledger.post(books.receipt("m2", "20", LocalDate.of(2020, 10, 6)));

        String metrics = scrape();
        assertThat(postings(metrics) - before).isEqualTo(2.0);
        assertThat(metrics).contains("resolute_ledger_seal_lag_entries", "resolute_ledger_seal_lag_seconds",
                "resolute_audit_seal_lag_entries", "resolute_audit_seal_lag_seconds",
                "resolute_plans{status=\"queued\"}", "resolute_plans{status=\"solving\"}",
                "http_server_requests_seconds_count{", "uri=\"/api/v1/funds\"", "hikaricp_connections_active");
        assertThat(metrics).as("the lag gauges read the database")
                .containsPattern("(?m)^resolute_ledger_seal_lag_entries [0-9.]+$")
                .containsPattern("(?m)^resolute_audit_seal_lag_seconds [0-9.]+(E-?[0-9]+)?$");
    }

    @Test
    void everyAnswerCarriesItsRequestIdAndAProblemDetailSaysIt() throws Exception {
        var answer = mvc.perform(get("/api/v1/funds/NO-SUCH-FUND")
                .with(user(accounts.loadUserByUsername("fundmanager")))).andReturn().getResponse();
        String id = answer.getHeader("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(answer.getContentAsString()).contains("\"requestId\":\"" + id + "\"");

        var given = mvc.perform(get("/api/v1/funds/NO-SUCH-FUND").header("X-Request-Id", "lb-4711")
                .with(user(accounts.loadUserByUsername("fundmanager")))).andReturn().getResponse();
        assertThat(given.getHeader("X-Request-Id")).isEqualTo("lb-4711");
        assertThat(given.getContentAsString()).contains("\"requestId\":\"lb-4711\"");

        var unsafe = mvc.perform(get("/api/v1/funds").header("X-Request-Id", "<script>"))
                .andReturn().getResponse();
        assertThat(unsafe.getHeader("X-Request-Id")).isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
    }

    private static double postings(String metrics) {
        Matcher counter = Pattern.compile("(?m)^resolute_ledger_postings_total(?:\\{[^}]*})? (\\S+)$")
                .matcher(metrics);
        assertThat(counter.find()).as("resolute_ledger_postings_total is published").isTrue();
        return Double.parseDouble(counter.group(1));
    }
}

@OnH2
class OperationsMetricsOnH2Tests extends OperationsMetricsTests {
}

@OnPostgres
class OperationsMetricsOnPostgresTests extends OperationsMetricsTests {
}
