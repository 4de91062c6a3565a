package org.resolute.governance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.GovernanceFilter;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.springframework.ui.Model;

/** Reads the filters of the governance lists as typed in a page's query. */
final class Filters {

    private Filters() {
    }

    static GovernanceFilter of(String kind, String from, String until, String text) {
        return new GovernanceFilter(kind.isBlank() ? null : kind, date(from, "from"), date(until, "until"), text);
    }

    /**
     * Puts one page of a governance list into the model under {@code name}. A filter that does not read (a bad
     * date) answers 400 with the reason, and the page shows the unfiltered list instead.
     */
    static <T> void page(Model model, String name, HttpServletResponse response, String kind, String from,
            String until, String text, PageQuery page, BiFunction<GovernanceFilter, PageQuery, PageResult<T>> search) {
        try {
            model.addAttribute(name, search.apply(of(kind, from, until, text), page));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", "The filter is not valid: " + e.getMessage());
            model.addAttribute(name, search.apply(GovernanceFilter.ALL, PageQuery.first(page.size())));
        }
        model.addAttribute("filter", Map.of("kind", kind, "from", from, "until", until, "q", text));
    }

    static LocalDate date(String value, String field) {
        return InputDates.parse(value, field);
    }
}
