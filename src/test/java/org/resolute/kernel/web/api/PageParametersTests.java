package org.resolute.kernel.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every list endpoint reads its page one way: the defaults, a bad number refused naming it, sort where allowed. */
abstract class PageParametersTests {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder asViewer(String url) {
        return get(url).with(user("viewer").roles("VIEWER"));
    }

    @Test
    void anAbsentOrEmptyPageOrSizeTakesTheFirstPageOfTwenty() throws Exception {
        mvc.perform(asViewer("/api/v1/nations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items.length()").value(20));
        mvc.perform(asViewer("/api/v1/nations?page=&size=")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void thePageAndSizeAskedForAreAnswered() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?page=2&size=7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.size").value(7))
                .andExpect(jsonPath("$.items.length()").value(7));
    }

    @Test
    void aPageThatIsNoNumberIsRefusedNamingIt() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?page=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"))
                .andExpect(jsonPath("$.detail").value("'abc' is not a valid value for page"));
        mvc.perform(asViewer("/api/v1/commands?size=many")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingIt() throws Exception {
        mvc.perform(asViewer("/api/v1/sources?size=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(asViewer("/api/v1/nations?page=-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
    }

    @Test
    void aSortIsReadOnlyByAListThatMayBeSorted() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?sort=code,sideways")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
        mvc.perform(asViewer("/api/v1/commands?sort=code,sideways")).andExpect(status().isOk());
    }
}
