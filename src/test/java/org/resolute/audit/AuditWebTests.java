package org.resolute.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The auditor's page, CSV export and API: open to auditors only, and each shows only what the auditor may see. */
@AutoConfigureMockMvc
abstract class AuditWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditTrail trail;

    @Test
    void anAuditorListsEntriesThroughTheApiInPages() throws Exception {
        String id = write(Marking.MISSION);

        mvc.perform(get("/api/v1/audit/entries").param("recordId", id).param("size", "5")
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].recordId").value(id))
                .andExpect(jsonPath("$.items[0].action").value("CREATED"))
                .andExpect(jsonPath("$.items[0].actor").value("test-admin"))
                .andExpect(jsonPath("$.items[0].before").doesNotExist())
                .andExpect(jsonPath("$.items[0].after.name").value("Kabul, \"hub\""));
    }

    @Test
    void anAuditorVerifiesTheChainThroughTheApi() throws Exception {
        write(Marking.MISSION);

        mvc.perform(get("/api/v1/audit/verification").with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checkedEntries").isNumber())
                .andExpect(jsonPath("$.firstBrokenEntry").isEmpty())
                .andExpect(jsonPath("$.unsealedEntries").isNumber());
    }

    @Test
    void aViewerIsRefusedTheTrailWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").with(Auditors.signedInAs(Auditors.VIEWER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit/verification").with(Auditors.signedInAs(Auditors.VIEWER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/audit").with(Auditors.signedInAs(Auditors.VIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownSortIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("sort", "password")
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void anEntryAboutARestrictedRecordIsAbsentForAMissionClearedAuditorEverywhere() throws Exception {
        String id = write(Marking.RESTRICTED);

        mvc.perform(get("/api/v1/audit/entries").param("recordId", id)
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        String page = mvc.perform(get("/audit").param("recordId", id)
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing matches these filters.").contains(">No entries</p>")
                .doesNotContain(">" + id + "</code>");
        assertThat(csv(id, Auditors.MISSION_AUDITOR)).doesNotContain(id);

        mvc.perform(get("/api/v1/audit/entries").param("recordId", id)
                        .with(Auditors.signedInAs(Auditors.RESTRICTED_AUDITOR)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].classification").value("RESTRICTED"));
        assertThat(mvc.perform(get("/audit").param("recordId", id)
                        .with(Auditors.signedInAs(Auditors.RESTRICTED_AUDITOR)))
                .andReturn().getResponse().getContentAsString()).contains(">" + id + "</code>")
                .contains(">1 entry</p>");
        assertThat(csv(id, Auditors.RESTRICTED_AUDITOR)).contains(id);
    }

    @Test
    void theCsvExportFollowsRfc4180() throws Exception {
        String id = write(Marking.MISSION);

        String csv = csv(id, Auditors.MISSION_AUDITOR);

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("id,occurredAt,actor,module,recordType,recordId,action,classification,"
                + "releasableTo,before,after,chainPosition");
        assertThat(lines[1]).contains(",test-admin,audit,Sample," + id + ",CREATED,MISSION,,,")
                .contains("\"{\"\"amount\"\":10,\"\"name\"\":\"\"Kabul, \\\"\"hub\\\"\"\"\"}\"");
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void thePageVerifiesTheChainWithAPlainFormPost() throws Exception {
        write(Marking.MISSION);

        String page = mvc.perform(post("/audit/verification").with(csrf())
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Chain intact:").contains("entries checked").contains("<table");
    }

    @Test
    void htmxGetsTheVerificationResultAlone() throws Exception {
        String fragment = mvc.perform(post("/audit/verification").header("HX-Request", "true").with(csrf())
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("Chain intact:").doesNotContain("<table").doesNotContain("<nav");
    }

    @Test
    void theVerificationRefusesAPostWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/audit/verification").with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAuditorsHomePageCountsTheEntriesTheyMaySeeAndLinksToTheTrail() throws Exception {
        write(Marking.MISSION);
        long visible = Viewers.runAs(Auditors.MISSION_AUDITOR, () -> trail.count(AuditFilter.NONE));

        String home = mvc.perform(get("/").with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("Audit trail entries").contains(String.format(Locale.ENGLISH, "%,d",
                visible)).contains("href=\"/audit\"");
        assertThat(mvc.perform(get("/").with(Auditors.signedInAs(Auditors.VIEWER))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Audit trail");
    }

    @Test
    void aCountCappedAtAThousandSaysMoreThanAThousandNotTheCap() throws Exception {
        String kind = "Counted" + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> {
            for (int i = 0; i <= MarkedRecords.COUNT_LIMIT; i++) {
                events.publishEvent(RecordChanged.saved(kind, UUID.randomUUID().toString(), new Sample("Kabul", i),
                        Marking.MISSION));
            }
        }));

        String page = mvc.perform(get("/audit").param("recordType", kind)
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">More than 1,000 entries (not counted further)</p>")
                .contains("more than 1,000 in all").doesNotContain("1,001");
    }

    @Test
    void anEntryLinksToItsRecordsPageOnlyWhereTheAuditorMayOpenIt() throws Exception {
        String plan = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        String receipt = UUID.randomUUID().toString();
        String deleted = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> {
            events.publishEvent(RecordChanged.saved("Plan", plan, new Sample("plan", 1), Marking.MISSION));
            events.publishEvent(RecordChanged.saved("User", user, new Sample("user", 1), Marking.MISSION));
            events.publishEvent(RecordChanged.saved("Receipt", receipt, Map.of("donor", "NOR", "fund", "ANATF"),
                    Marking.MISSION));
            events.publishEvent(RecordChanged.saved("Engagement", deleted, new Sample("gone", 1), Marking.MISSION));
            events.publishEvent(RecordChanged.deleted("Engagement", deleted, Marking.MISSION));
        }));

        String page = mvc.perform(get("/audit").param("actor", "test-admin").param("sort", "occurredAt,desc")
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/planning/" + plan + "\"")
                .contains("href=\"/funding/receipts?donor=NOR&amp;fund=ANATF\"")
                .contains(">" + user + "</code>").doesNotContain("/admin/users/" + user)
                .doesNotContain("href=\"/advising/engagements/" + deleted + "\"")
                .contains(">Plan</a>").contains(">Receipt</a>").contains(">Deleted</td>")
                .contains("<div class=\"small audit-record-label\">gone</div>");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNextToUntilWithTheInputKept() throws Exception {
        String page = mvc.perform(get("/audit").param("from", "2020-05-01").param("until", "2020-04-01")
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Until: The end of the period must not be before its start")
                .containsPattern("id=\"filter-until\" name=\"until\" type=\"date\" class=\"form-control is-invalid\""
                        + "[^>]*value=\"2020-04-01\"|value=\"2020-04-01\"[^>]*is-invalid")
                .contains("value=\"2020-05-01\"").doesNotContain("class=\"audit-entry\"");
    }

    @Test
    void theTrailReadsInFrench() throws Exception {
        write(Marking.MISSION);

        String page = mvc.perform(get("/audit").header("Accept-Language", "fr-FR,fr;q=0.9")
                        .with(Auditors.signedInAs(Auditors.MISSION_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Journal d’audit · Resolute</title>").contains(">Création</td>")
                .contains("Vérifier la chaîne").doesNotContain(">CREATED<");
    }

    private String csv(String recordId, Viewer viewer) throws Exception {
        return mvc.perform(get("/audit/entries.csv").param("recordId", recordId).with(Auditors.signedInAs(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
    }

    private String write(Marking marking) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> events.publishEvent(
                RecordChanged.saved("Sample", id, new Sample("Kabul, \"hub\"", 10), marking))));
        return id;
    }
}

@OnH2
class AuditWebOnH2Tests extends AuditWebTests {
}

@OnPostgres
class AuditWebOnPostgresTests extends AuditWebTests {
}
