package org.resolute.kernel.web;

import java.util.List;

/** A request body that breaks its record's constraints; answered as 400 naming every field that failed. */
class InvalidBody extends RuntimeException {

    private final List<FieldError> errors;

    InvalidBody(List<FieldError> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }

    record FieldError(String field, String message) {
    }
}
