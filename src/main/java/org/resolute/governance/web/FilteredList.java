package org.resolute.governance.web;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.FilteredPage;
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
        model.addAttribute(name, FilteredPage.of(() -> search.apply(GovernanceFilter.typed(kind, from, until, text),
                page), () -> search.apply(GovernanceFilter.ALL, PageQuery.first(page.size())),
                refusal -> refused(model, refusal, request), model, response));
        model.addAttribute("filter", Map.of("kind", kind, "from", from, "until", until, "q", text));
    }

    /** Why a filter could not be used: the field outlined and why, in the reader's words. */
    static FormErrors refused(Model model, InvalidInput refusal, HttpServletRequest request) {
        model.addAttribute("filterRefused", true);
        boolean day = "from".equals(refusal.field()) || "until".equals(refusal.field());
        return day ? FormErrors.of(refusal.field(), new DefaultMessageSourceResolvable(new String[] {"error.date"},
                refusal.getMessage()), request) : FormErrors.of(refusal, request);
    }
}
