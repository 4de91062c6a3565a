package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.Notice;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The small forms on the advising pages (a report's steps, the merge of a provisional entry) go back to their page:
 * with the notice of what was done, or with the refusal on its field and nothing done.
 */
abstract class AdvisingFormsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    @Test
    void aStepDoneSaysSoAndAReturnWithoutACommentGoesBackWithTheErrorOnTheComment() throws Exception {
        String title = EngagementMother.uniqueTitle("Fuel accountability");
        String id = (String) json.readValue(mvc.perform(post("/api/v1/engagements").with(as("advisor"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(EngagementMother.json(title,
                        LocalDate.of(2024, 3, 12), "209-CORPS", "EF5", "MISSION", "Chief of staff, 209th Corps")))
                .andReturn().getResponse().getContentAsString(), Map.class).get("id");

        FlashMap submitted = step("advisor", id, "submit", "");
        FlashMap refused = step("lead", id, "return", " ");

        assertThat(((Notice) submitted.get("notice")).getCodes()).containsExactly("advising.engagement.submitted");
        assertThat(((FormErrors) refused.get("errors")).message("comment").getCodes())
                .containsExactly("advising.error.comment");
        assertThat(refused.containsKey("notice")).isFalse();
        assertThat(((Notice) step("lead", id, "return", "Give the litres accounted for").get("notice"))
                .getCodes()).containsExactly("advising.engagement.returned");
    }

    @Test
    void aMergeWithoutTheEntryToMergeIntoGoesBackWithTheErrorOnThatChoice() throws Exception {
        FlashMap flash = mvc.perform(post("/advising/provisional/{id}/merge", UUID.randomUUID()).with(as("lead"))
                .with(csrf())).andExpect(redirectedUrl("/advising/provisional")).andReturn().getFlashMap();

        assertThat(((FormErrors) flash.get("errors")).message("into").getCodes())
                .containsExactly("advising.error.into");
        assertThat(flash.containsKey("notice")).isFalse();
    }

    private FlashMap step(String username, String id, String step, String comment) throws Exception {
        return mvc.perform(post("/advising/engagements/{id}/{step}", id, step).param("comment", comment)
                .with(as(username)).with(csrf())).andExpect(redirectedUrl("/advising/engagements/" + id))
                .andReturn().getFlashMap();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}

@OnH2
class AdvisingFormsOnH2Tests extends AdvisingFormsTests {
}

@OnPostgres
class AdvisingFormsOnPostgresTests extends AdvisingFormsTests {
}
