package org.resolute.kernel.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;

/**
 * What a refused form shows: each field's error, in the reader's words, and what the user typed, so the form is
 * shown again as it was sent, the wrong fields outlined and explained. Every page has one in its model as
 * {@code errors} (none, unless a form was refused); a form field reads its value through
 * {@link #value(String, Object)} and its outline through {@link #css(String)}. It survives a redirect (a flash
 * attribute), so a refused form can go back to the page it came from, filters and all. Passwords are never
 * kept: they would travel through the session store and back into the page.
 */
public final class FormErrors implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String INVALID = "is-invalid";
    private static final FormErrors NONE = new FormErrors(Map.of(), Map.of());

    private final Map<String, DefaultMessageSourceResolvable> fields;
    private final Map<String, List<String>> input;

    private FormErrors(Map<String, DefaultMessageSourceResolvable> fields, Map<String, List<String>> input) {
        this.fields = fields;
        this.input = input;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** The refusal of a form: the field it names, and everything the user sent. */
    public static FormErrors of(InvalidInput refusal, HttpServletRequest request) {
        return of(refusal.field(), refusal.wording(), request);
    }

    public static FormErrors of(String field, MessageSourceResolvable wording, HttpServletRequest request) {
        Map<String, DefaultMessageSourceResolvable> fields = new LinkedHashMap<>();
        fields.put(field, new DefaultMessageSourceResolvable(wording.getCodes(), wording.getArguments(),
                wording.getDefaultMessage()));
        return new FormErrors(fields, sent(request));
    }

    /** Adds another field's error, e.g. when a form is checked field by field. */
    public FormErrors and(String field, MessageSourceResolvable wording) {
        Map<String, DefaultMessageSourceResolvable> more = new LinkedHashMap<>(fields);
        more.put(field, new DefaultMessageSourceResolvable(wording.getCodes(), wording.getArguments(),
                wording.getDefaultMessage()));
        return new FormErrors(more, input);
    }

    /**
     * Answers the page's request as refused, the one way every page does: 400, with these errors in the model as
     * {@code errors}, so the page shows the form (or the filter) again with each error next to its field.
     */
    public void refuse(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", this);
    }

    public boolean any() {
        return !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The field's error, for {@code #fmt.text(...)}; null when the field is fine. */
    public @Nullable MessageSourceResolvable message(String field) {
        return fields.get(field);
    }

    /** Each field with an error and its wording, in the order found. */
    public Map<String, ? extends MessageSourceResolvable> all() {
        return fields;
    }

    /** {@code is-invalid} for a field with an error, so it is outlined; nothing otherwise. */
    public String css(String field) {
        return has(field) ? INVALID : "";
    }

    /** What the user typed into the field, if the form was refused; otherwise the given value (the record's own). */
    public @Nullable String value(String field, @Nullable Object otherwise) {
        List<String> sent = input.get(field);
        if (!input.isEmpty()) {
            return sent == null || sent.isEmpty() ? "" : sent.get(0);
        }
        return otherwise == null ? null : otherwise.toString();
    }

    /** Whether a choice (a checkbox, an option of a multiple select) is to be shown chosen. */
    public boolean chosen(String field, Object option, boolean otherwise) {
        if (input.isEmpty()) {
            return otherwise;
        }
        List<String> sent = input.get(field);
        return sent != null && sent.contains(option.toString());
    }

    /** Whether this form's input is being shown again (so a closed section holding it is opened). */
    public boolean sent(String field) {
        return input.containsKey(field);
    }

    private static Map<String, List<String>> sent(HttpServletRequest request) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && !name.toLowerCase(Locale.ROOT).contains("password")) {
                sent.put(name, List.of(values));
            }
        });
        return sent;
    }
}
