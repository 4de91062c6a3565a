package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * A page answers a form it records with the redirect the handler names, and a form the record refuses with 400, the
 * page shown again, the error on its field and what was typed kept.
 */
class FormPostTests {

    final ExtendedModelMap model = new ExtendedModelMap();
    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/force/caveats");
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aRecordedFormIsAnsweredWithItsRedirectAndThePageIsNotShownAgain() {
        AtomicBoolean shown = new AtomicBoolean();

        String answer = FormPost.answer(() -> "redirect:/force/caveats?nation=NOR#main", () -> {
            shown.set(true);
            return "force/caveats";
        }, model, request, response);

        assertThat(answer).isEqualTo("redirect:/force/caveats?nation=NOR#main");
        assertThat(shown).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(model.containsAttribute("errors")).isFalse();
    }

    @Test
    void aRefusedFormShowsThePageAgainWith400TheErrorOnItsFieldAndTheTypedTextButNoPassword() {
        request.setParameter("code", "NOR-1");
        request.setParameter("initialPassword", "secret-secret");

        String answer = FormPost.answer(() -> {
            throw new InvalidInput("code", "error.required", "code is required");
        }, () -> "force/caveats", model, request, response);

        assertThat(answer).isEqualTo("force/caveats");
        assertThat(response.getStatus()).isEqualTo(400);
        FormErrors errors = (FormErrors) model.getAttribute("errors");
        assertThat(errors.message("code").getCodes()).containsExactly("error.required");
        assertThat(errors.value("code", null)).isEqualTo("NOR-1");
        assertThat(errors.sent("initialPassword")).isFalse();
    }

    @Test
    void aStepDoneGoesBackToItsPageWithItsNoticeAndARefusedOneWithTheErrorAndTheInput() {
        RedirectAttributesModelMap done = new RedirectAttributesModelMap();
        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        request.setParameter("comment", "");

        String doneAnswer = FormPost.back(() -> Notice.of("advising.engagement.approved"),
                "/advising/engagements/1", done, request);
        String refusedAnswer = FormPost.back(() -> {
            throw new InvalidInput("comment", "advising.error.comment", "a comment is needed");
        }, "/advising/engagements/1", refused, request);

        assertThat(doneAnswer).isEqualTo(refusedAnswer).isEqualTo("redirect:/advising/engagements/1");
        assertThat(((Notice) done.getFlashAttributes().get("notice")).getCodes())
                .containsExactly("advising.engagement.approved");
        assertThat(done.getFlashAttributes()).doesNotContainKey("errors");
        FormErrors errors = (FormErrors) refused.getFlashAttributes().get("errors");
        assertThat(errors.message("comment").getCodes()).containsExactly("advising.error.comment");
        assertThat(errors.sent("comment")).isTrue();
        assertThat(refused.getFlashAttributes()).doesNotContainKey("notice");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aFormWhoseFieldsAreNamedOtherwiseSaysOnWhichFieldTheRefusalShows() {
        String answer = FormPost.answer(() -> {
            throw new InvalidInput("donorCode", "error.required", "donor is required");
        }, () -> "force/requirement", refusal -> FormErrors.of("nation", refusal.wording(), request), model,
                response);

        assertThat(answer).isEqualTo("force/requirement");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((FormErrors) model.getAttribute("errors")).has("nation")).isTrue();
    }
}
