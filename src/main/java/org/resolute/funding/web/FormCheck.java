package org.resolute.funding.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.web.BackTo;
import org.resolute.kernel.web.FormErrors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reads a form field by field and keeps every refusal, so that a refused form comes back with all its wrong fields
 * marked at once (not one per attempt), to the page it was sent from with that page's filters.
 */
final class FormCheck {

    private final HttpServletRequest request;
    private @Nullable FormErrors errors;

    FormCheck(HttpServletRequest request) {
        this.request = request;
    }

    /** The field as read, or null when it was refused (the refusal is kept). */
    <T> @Nullable T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidInput refusal) {
            errors = errors == null ? FormErrors.of(refusal, request) : errors.and(refusal.field(), refusal.wording());
            return null;
        }
    }

    boolean refused() {
        return errors != null;
    }

    /** Every refusal so far, by field; null when none. */
    @Nullable FormErrors errors() {
        return errors;
    }

    /** Sends the form back to the page it came from, its input and errors with it. */
    String back(RedirectAttributes redirect, String otherwise) {
        redirect.addFlashAttribute("errors", errors);
        return "redirect:" + BackTo.referrer(request, otherwise);
    }
}
