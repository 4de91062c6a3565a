package org.resolute.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a signed-in user chose, remembered with their account so it follows them to any browser. Implemented
 * by the module that keeps the accounts; the web layer asks it once per session.
 */
public interface LanguagePreferences {

    /** The language the user chose, if they chose one. */
    Optional<Locale> of(String username);

    /** Remembers the user's choice. */
    void remember(String username, Locale language);
}
