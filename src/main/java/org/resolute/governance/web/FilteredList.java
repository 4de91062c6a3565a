package org.resolute.governance.web;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;

/** A governance list filtered as a page's query asks, or unfiltered with the reason when the filter does not read. */
final class FilteredList {

    private FilteredList() {
    }

    /**
     * Puts one page of a governance list into the model under {@code name}. A filter that does not read (a bad
     * date) answers 400 with the reason next to the filter, and the page shows the unfiltered list instead.
     */
    static <T> void page(Model model, String name, HttpServletRequest request, HttpServletResponse response,
            String kind, String from, String until, String text, PageQuery page,
            BiFunction<GovernanceFilter, PageQuery, PageResult<T>> search) {
        try {
            model.addAttribute(name, search.apply(GovernanceFilter.typed(kind, from, until, text), page));
        } catch (InvalidInput e) {
            refused(model, e, request, response);
            model.addAttribute(name, search.apply(GovernanceFilter.ALL, PageQuery.first(page.size())));
        }
        model.addAttribute("filter", Map.of("kind", kind, "from", from, "until", until, "q", text));
    }

    /** A filter that could not be used: 400, the field outlined and why, in the reader's words. */
    static void refused(Model model, InvalidInput refusal, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        boolean day = "from".equals(refusal.field()) || "until".equals(refusal.field());
        model.addAttribute("errors", day ? FormErrors.of(refusal.field(), new DefaultMessageSourceResolvable(
                new String[] {"error.date"}, refusal.getMessage()), request) : FormErrors.of(refusal, request));
        model.addAttribute("filterRefused", true);
    }
}
