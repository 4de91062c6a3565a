package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageResult;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** A list page answers a filter that does not read with 400, the reason on the field and its fallback list. */
class FilteredPageTests {

    final ExtendedModelMap model = new ExtendedModelMap();
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mission/ceilings");
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFilterThatReadsGetsThePageItAsksForAndNoErrors() {
        PageResult<String> page = FilteredPage.of(() -> new PageResult<>(List.of("asked"), 2, 25, 51),
                () -> new PageResult<>(List.of("all"), 0, 25, 1), model, request, response);

        assertThat(page.items()).containsExactly("asked");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(model.containsAttribute("errors")).isFalse();
    }

    @Test
    void aFilterThatDoesNotReadIsRefusedOnItsFieldWithTheTypedTextKeptAndTheFallbackShown() {
        request.setParameter("inForceOn", "31.02.2020");

        PageResult<String> page = FilteredPage.of(() -> {
            throw new InvalidInput("inForceOn", "error.date", "inForceOn must be a date");
        }, () -> new PageResult<>(List.of("all"), 0, 25, 1), model, request, response);

        assertThat(page.items()).containsExactly("all");
        assertThat(response.getStatus()).isEqualTo(400);
        FormErrors errors = (FormErrors) model.getAttribute("errors");
        assertThat(errors.has("inForceOn")).isTrue();
        assertThat(errors.message("inForceOn").getCodes()).containsExactly("error.date");
        assertThat(errors.value("inForceOn", null)).isEqualTo("31.02.2020");
    }

    @Test
    void aPageWhoseFieldsAreNamedOtherwiseSaysOnWhichFieldTheRefusalShows() {
        FilteredPage.of(() -> {
            throw new InvalidInput("asOf", "error.date", "asOf must be a date");
        }, () -> new PageResult<>(List.of(), 0, 25, 0),
                refusal -> FormErrors.of("date", refusal.wording(), request), model, response);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((FormErrors) model.getAttribute("errors")).has("date")).isTrue();
    }
}
