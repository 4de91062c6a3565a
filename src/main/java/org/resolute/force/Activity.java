package org.resolute.force;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.resolute.kernel.InvalidInput;
import org.springframework.modulith.NamedInterface;

/** What the people a requirement asks for will do; national caveats may exclude some of it. */
@NamedInterface("api")
public enum Activity {
    ADVISING("Advising"),
    TRAINING("Training"),
    FORCE_PROTECTION("Force protection"),
    AIR_ADVISING("Air advising"),
    MEDICAL("Medical"),
    LOGISTICS("Logistics"),
    SPECIAL_OPERATIONS_ADVISING("Special operations advising"),
    EXPEDITIONARY_ADVISING("Expeditionary advising");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The activity a user typed, in any case; anything else is {@link InvalidInput} on the field. */
    public static Activity parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values()).filter(activity -> activity.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, field + " '" + text.trim() + "' is not one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
