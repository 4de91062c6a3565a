package org.resolute.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.resolute.kernel.LanguagePreferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Each account's chosen language, kept beside the account (a preference, not part of what the account may do). */
@Component
class UserLanguages implements LanguagePreferences {

    private final NamedParameterJdbcTemplate jdbc;

    UserLanguages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Locale> of(String username) {
        List<String> chosen = jdbc.queryForList("""
                SELECT language FROM app_user WHERE username = :username AND language IS NOT NULL
                """, Map.of("username", username), String.class);
        return chosen.stream().findFirst().map(Locale::forLanguageTag);
    }

    @Override
    public void remember(String username, Locale language) {
        jdbc.update("UPDATE app_user SET language = :language WHERE username = :username",
                Map.of("language", language.toLanguageTag(), "username", username));
    }
}
