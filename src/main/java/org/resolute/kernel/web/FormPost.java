package org.resolute.kernel.web;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page answers a form it was sent: the form is recorded and the answer is a redirect (with its
 * notice), or the record refuses the input and the page is shown again, 400, the error next to its field and what
 * was typed kept. The handler says only what differs: how to record and where to go, and what page to show when
 * refused.
 */
public final class FormPost {

    private FormPost() {
    }

    /**
     * The answer of {@code recorded} (the work that records and names the redirect), or, when it refuses the
     * input, the refusal on the field it names and the view {@code refused} shows.
     */
    public static String answer(Supplier<String> recorded, Supplier<String> refused, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return answer(recorded, refused, refusal -> FormErrors.of(refusal, request), model, response);
    }

    /**
     * The same, for a form whose fields are named otherwise than the refusal's: {@code errors} says how. A list's
     * filter is answered alike ({@link FilteredPage}), its page in place of a view.
     */
    public static <T> T answer(Supplier<T> recorded, Supplier<T> refused,
            Function<InvalidInput, FormErrors> errors, Model model, HttpServletResponse response) {
        try {
            return recorded.get();
        } catch (InvalidInput refusal) {
            errors.apply(refusal).refuse(model, response);
            return refused.get();
        }
    }

    /**
     * The answer of a small form on a record's page (a step, a merge): the work is done and says so with its notice,
     * or its refusal travels with the redirect, so either way the page comes back with what happened; the user's
     * input is kept in the refusal.
     */
    public static String back(Supplier<Notice> done, String page, RedirectAttributes redirect,
            HttpServletRequest request) {
        try {
            redirect.addFlashAttribute("notice", done.get());
        } catch (InvalidInput refusal) {
            redirect.addFlashAttribute("errors", FormErrors.of(refusal, request));
        }
        return "redirect:" + page;
    }
}
