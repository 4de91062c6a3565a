package org.resolute.kernel.web;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageResult;
import org.springframework.ui.Model;

/**
 * One page of a list, as a list page's filter asks. A filter that does not read (a bad date, an unknown choice)
 * is refused the way every page refuses input, 400 with the reason next to the filter and what was typed kept,
 * and the page shows its fallback (the list unfiltered from its first page, as a rule) so that it still answers.
 */
public final class FilteredPage {

    private FilteredPage() {
    }

    /** The page asked for, or the fallback with the refusal on the field the filter names. */
    public static <T> PageResult<T> of(Supplier<PageResult<T>> asked, Supplier<PageResult<T>> fallback, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return of(asked, fallback, refusal -> FormErrors.of(refusal, request), model, response);
    }

    /** The same, for a page whose filter fields are named otherwise than the refusal's: {@code errors} says how. */
    public static <T> PageResult<T> of(Supplier<PageResult<T>> asked, Supplier<PageResult<T>> fallback,
            Function<InvalidInput, FormErrors> errors, Model model, HttpServletResponse response) {
        return FormPost.answer(asked, fallback, errors, model, response);
    }
}
