package org.resolute.kernel.web;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one way a date is read from what a client sent, in a JSON body, a query parameter, a path or a form:
 * {@code YYYY-MM-DD} and nothing else, between {@link #EARLIEST} and {@link #LATEST}. The default readers also took
 * {@code +99999-01-01} and a bare number (days since 1970), which no user means and the database cannot store.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class DateInput {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String RULE = "must be a date written YYYY-MM-DD between " + EARLIEST + " and " + LATEST;

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The date the text names; {@link IllegalArgumentException} saying {@link #RULE} when it names none. */
    public static LocalDate parse(String text) {
        String trimmed = text.strip();
        if (FORM.matcher(trimmed).matches()) {
            try {
                LocalDate date = LocalDate.parse(trimmed);
                if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // not a day of the calendar: refused below like any other text
            }
        }
        throw new IllegalArgumentException(RULE);
    }

    /** Dates in JSON bodies, for every module's request records. */
    @Bean
    JacksonModule dateInputModule() {
        return new SimpleModule("resolute-date-input").addDeserializer(LocalDate.class, new JsonDates());
    }

    /** Dates in query parameters, paths and forms: a custom editor comes before any converter or formatter. */
    @InitBinder
    void readDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }

    static final class JsonDates extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(parser, LocalDate.class, RULE);
            }
            String text = parser.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(parser, RULE, text, LocalDate.class);
            }
        }
    }
}
