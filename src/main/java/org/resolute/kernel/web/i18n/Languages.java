package org.resolute.kernel.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Resolute speaks: NATO's two official languages, English first (the default). */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Languages() {
    }

    /** The supported language for a language tag such as {@code fr} or {@code fr-CA}, if Resolute speaks it. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The best supported language for what a browser asks for, in its order of preference; English otherwise. */
    public static Locale bestFor(Iterable<Locale> asked) {
        for (Locale locale : asked) {
            Optional<Locale> match = supported(locale.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return ENGLISH;
    }
}
