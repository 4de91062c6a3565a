package org.resolute.kernel;

/** Input a user sent that Resolute refuses; the web and API layers answer 400 naming the field. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
