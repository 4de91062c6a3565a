package org.resolute.identity.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * A nation's name in the reader's language for an ISO 3166 alpha-3 code ("United Kingdom", "Royaume-Uni" for GBR),
 * from the platform's own country names: identity keeps accounts apart from the reference data, and a user's nation
 * is always an ISO code. A code the platform does not know is shown as written.
 */
final class NationNames {

    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

    private final Locale reader;

    NationNames(Locale reader) {
        this.reader = reader;
    }

    public String name(String alpha3) {
        String alpha2 = alpha3 == null ? null : ALPHA2.get(alpha3.toUpperCase(Locale.ROOT));
        return alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(reader);
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
            } catch (MissingResourceException e) {
                // a country without an alpha-3 code cannot be a user's nation
            }
        }
        return Map.copyOf(codes);
    }
}
