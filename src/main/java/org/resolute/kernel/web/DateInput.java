package org.resolute.kernel.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.resolute.kernel.InputDates;

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
 * Dates read from what a client sent, in a JSON body, a query parameter, a path or a form, by the one rule of
 * {@link InputDates}. The default readers also took {@code +99999-01-01} and a bare number (days since 1970), which
 * no user means and the database cannot store.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class DateInput {

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
                setValue(text == null || text.isBlank() ? null : InputDates.parse(text));
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
                throw MismatchedInputException.from(parser, LocalDate.class, InputDates.RULE);
            }
            String text = parser.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return InputDates.parse(text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(parser, InputDates.RULE, text, LocalDate.class);
            }
        }
    }
}
