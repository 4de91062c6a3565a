package org.resolute.kernel;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Input a user sent that Resolute refuses; the web and API layers answer 400 naming the field. The message is
 * English (the API's language); where a page shows it next to the field, it is looked up by its message key, if
 * it has one, in the reader's language, with the English text as the fallback.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final @Nullable String key;
    private final Object[] arguments;

    public InvalidInput(String field, String message) {
        this(field, null, message);
    }

    /**
     * @param key the message key of the reader's wording, e.g. {@code error.duration.range}
     * @param message the English wording, for the API and as the fallback
     * @param arguments the key's arguments
     */
    public InvalidInput(String field, @Nullable String key, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** The wording for a reader: the message key if there is one, the English message otherwise. */
    public MessageSourceResolvable wording() {
        return new DefaultMessageSourceResolvable(key == null ? new String[0] : new String[] {key},
                arguments.clone(), getMessage());
    }
}
