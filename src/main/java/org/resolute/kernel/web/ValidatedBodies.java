package org.resolute.kernel.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every request body is checked against its record's constraints (lengths that match the columns, amounts that
 * fit NUMERIC(19,4), known nations and currencies) as soon as it is read, before any handler runs: so no
 * controller can forget {@code @Valid}, and nothing is written from a body that breaks one. A list body is checked
 * element by element, its fields named {@code [0].field}.
 */
@ControllerAdvice
class ValidatedBodies extends RequestBodyAdviceAdapter {

    private final Validator validator;

    ValidatedBodies(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        List<InvalidBody.FieldError> errors = new ArrayList<>();
        if (body instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                check(element, "[" + index++ + "]", errors);
            }
        } else {
            check(body, "", errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(InvalidBody.FieldError::field));
            throw new InvalidBody(errors);
        }
        return body;
    }

    private void check(Object value, String prefix, List<InvalidBody.FieldError> errors) {
        if (value == null || value instanceof CharSequence || value instanceof byte[]) {
            return;
        }
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            String path = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
            String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
            errors.add(new InvalidBody.FieldError(field, violation.getMessage()));
        }
    }
}
