package org.resolute.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.web.Notice;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The partnership by role: staff read what their clearance allows, partnership officers record and attach. */
abstract class PartnershipTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    UUID recordActivity(String title, String classification) throws Exception {
        String location = mvc.perform(post("/partnership/activities/new").with(as("partnership")).with(csrf())
                        .param("kind", "WORKSHOP").param("theme", "DEFENCE_GOVERNANCE").param("title", title)
                        .param("startsOn", "2019-05-06").param("endsOn", "2019-05-07").param("place", "Kabul")
                        .param("organisers", "NATO Building Integrity").param("objectives", "Test objectives")
                        .param("source", "test").param("status", "EXACT").param("classification", classification))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void staffListTheActivitiesTheirClearanceCoversThroughTheApiWithFilters() throws Exception {
        String title = "Restricted workshop " + UUID.randomUUID();
        recordActivity(title, "RESTRICTED");
        mvc.perform(get("/api/v1/partnership/activities").param("q", title).with(as("planner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].theme").value("DEFENCE_GOVERNANCE"))
                .andExpect(jsonPath("$.items[0].track").value("PRACTICAL_COOPERATION"));
        mvc.perform(get("/api/v1/partnership/activities").param("q", title).with(as("viewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/partnership/activities").param("theme", "DEFENCE_EDUCATION")
                        .param("from", "2017-01-01").param("until", "2017-12-31").param("sort", "startsOn,desc")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem("Workshop on defence education: curriculum review")))
                .andExpect(jsonPath("$.items[0].provenance.status").value("ILLUSTRATIVE"));
        mvc.perform(get("/partnership/activities.csv").param("q", title).with(as("viewer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/partnership/activities.csv").param("q", title).with(as("planner")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/api/v1/partnership/activities").param("sort", "colour").with(as("viewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("sort"));
        mvc.perform(get("/api/v1/partnership/activities")).andExpect(status().isUnauthorized());
        mvc.perform(get("/partnership")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void onlyAPartnershipOfficerRecordsActivitiesParticipantsAndFollowUps() throws Exception {
        mvc.perform(post("/partnership/activities/new").with(as("admin")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        UUID id = recordActivity("Officer's workshop " + UUID.randomUUID(), "MISSION");
        mvc.perform(post("/partnership/activities/{id}/participants", id).with(as("viewer")).with(csrf())
                .param("kind", "NATION").param("nation", "DEU")).andExpect(status().isForbidden());
        mvc.perform(post("/partnership/activities/{id}/participants", id).with(as("partnership")).with(csrf())
                .param("kind", "NATION").param("nation", "DEU").param("headcount", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/partnership/activities/{id}/participants", id).with(as("partnership")).with(csrf())
                        .param("kind", "NATION").param("nation", "XXX"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the options offered")));
        mvc.perform(post("/partnership/activities/{id}/follow-ups", id).with(as("partnership")).with(csrf())
                .param("action", "Send the report").param("owner", "MoD").param("dueOn", "2019-06-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants[0].name").value("Germany"))
                .andExpect(jsonPath("$.peopleReached").value(3))
                .andExpect(jsonPath("$.followUps[0].overdue").value(true));
    }

    @Test
    void removingAParticipantOrAnAttachmentLeadsBackToTheActivityWithANoticeAndRemovesIt() throws Exception {
        UUID id = recordActivity("Workshop pruned " + UUID.randomUUID(), "MISSION");
        mvc.perform(post("/partnership/activities/{id}/participants", id).with(as("partnership")).with(csrf())
                .param("kind", "NATION").param("nation", "DEU").param("headcount", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/partnership/activities/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "agenda.txt", "text/plain",
                                "Agenda\n".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "AGENDA").with(as("partnership")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String json = mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andReturn().getResponse().getContentAsString();
        String participant = json.replaceAll(".*\"participants\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        String attachment = json.replaceAll(".*\"attachments\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/partnership/activities/{id}/participants/{participant}/remove", id, participant)
                        .with(as("partnership")).with(csrf()))
                .andExpect(redirectedUrl("/partnership/activities/" + id))
                .andExpect(flash().attribute("notice", Notice.of("partnership.participants.removed")));
        mvc.perform(post("/partnership/activities/{id}/attachments/{attachment}/remove", id, attachment)
                        .with(as("partnership")).with(csrf()))
                .andExpect(redirectedUrl("/partnership/activities/" + id))
                .andExpect(flash().attribute("notice", Notice.of("partnership.attachments.removed")));
        mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andExpect(jsonPath("$.participants").isEmpty()).andExpect(jsonPath("$.attachments").isEmpty());
    }

    @Test
    void anAttachmentIsStoredWhenItsContentIsWhatItsNameSaysAndDownloadsAsStored() throws Exception {
        UUID id = recordActivity("Workshop with an agenda " + UUID.randomUUID(), "MISSION");
        byte[] agenda = "Agenda\nDay 1: opening\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/partnership/activities/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "agenda.txt", "text/plain", agenda)).param("kind", "AGENDA")
                        .with(as("partnership")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String attachment = mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andExpect(jsonPath("$.attachments[0].sizeBytes").value(agenda.length))
                .andExpect(jsonPath("$.attachments[0].mediaType").value(containsString("text/plain")))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"attachments\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        byte[] downloaded = mvc.perform(get("/partnership/attachments/{id}", attachment).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(agenda);
        mvc.perform(get("/partnership/attachments/{id}", attachment)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/partnership/attachments/{id}", attachment).with(as("donor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAttachmentWhoseContentBeliesItsNameOrSizeIsRefusedAndNotStored() throws Exception {
        UUID id = recordActivity("Workshop with bad files " + UUID.randomUUID(), "MISSION");
        byte[] text = "not a pdf".getBytes(StandardCharsets.UTF_8);
        refused(id, new MockMultipartFile("file", "minutes.pdf", "application/pdf", text),
                "its content is a .txt document");
        refused(id, new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]), "The file is empty");
        byte[] program = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
        refused(id, new MockMultipartFile("file", "agenda.txt", "text/plain", program), "The content is not");
        byte[] large = new byte[(int) ActivityBook.MAX_ATTACHMENT_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        refused(id, new MockMultipartFile("file", "big.txt", "text/plain", large), "at most");
        mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andExpect(jsonPath("$.attachments").isEmpty());
    }

    private void refused(UUID id, MockMultipartFile file, String reason) throws Exception {
        mvc.perform(multipart("/partnership/activities/{id}/attachments", id).file(file).param("kind", "MINUTES")
                        .with(as("partnership")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(reason)));
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsRefusedAsStale() throws Exception {
        String title = "Workshop changed twice " + UUID.randomUUID();
        UUID id = recordActivity(title, "MISSION");
        for (int attempt = 0; attempt < 2; attempt++) {
            var result = mvc.perform(post("/partnership/activities/{id}/edit", id).with(as("partnership")).with(csrf())
                    .param("version", "0").param("kind", "WORKSHOP").param("theme", "DEFENCE_GOVERNANCE")
                    .param("title", title).param("startsOn", "2019-05-06").param("place", "Kabul")
                    .param("organisers", "NATO").param("objectives", "Changed objectives")
                    .param("outcomes", "Outcome " + attempt).param("source", "test").param("status", "EXACT")
                    .param("classification", "MISSION"));
            result.andExpect(attempt == 0 ? status().is3xxRedirection() : status().isConflict());
        }
        mvc.perform(get("/api/v1/partnership/activities/{id}", id).with(as("viewer")))
                .andExpect(jsonPath("$.activity.outcomes").value("Outcome 0"))
                .andExpect(jsonPath("$.activity.version").value(1));
    }

    @Test
    void theReportCountsFollowUpsAndHighlightsTheOverdueOnes() throws Exception {
        mvc.perform(get("/api/v1/partnership/report").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue[*].followUp.action", hasItem("Publish the integrity action plan")))
                .andExpect(jsonPath("$.overdue[*].followUp.action",
                        not(hasItem("Share the draft budget transparency guidance"))))
                .andExpect(jsonPath("$.includesIllustrative").value(true));
        mvc.perform(get("/partnership/reports").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish the integrity action plan")));
    }

    @Test
    void theListCalendarAndActivityPagesShowTheDemoPartnership() throws Exception {
        mvc.perform(get("/partnership").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lisbon Summit")))
                .andExpect(content().string(containsString("Warsaw Summit")));
        mvc.perform(get("/partnership/calendar").param("month", "2018-04").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Workshop on improvement of governance")));
        mvc.perform(get("/partnership/calendar").param("month", "April").with(as("viewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/partnership/activities").contentType(MediaType.APPLICATION_JSON)
                .with(as("viewer"))).andExpect(status().isOk());
    }
}

@OnH2
class PartnershipOnH2Tests extends PartnershipTests {
}

@OnPostgres
class PartnershipOnPostgresTests extends PartnershipTests {
}
