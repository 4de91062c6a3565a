package org.resolute.kernel.web.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.LanguagePreferences;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a page is in: the signed-in user's choice (remembered with their account), else the choice this
 * browser made (a cookie, for visitors who do not sign in), else the best match for the browser's own languages,
 * else English. Resolved once per request (kept as a request attribute). It writes nothing while reading: no
 * session is created, and no session attribute written (concurrent requests of one session, a page and its htmx
 * polls, would race to insert it into the session store); the account's choice is one look-up by username.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "resolute-language";
    private static final String REQUEST_ATTRIBUTE = LanguageResolver.class.getName() + ".language";
    private static final int COOKIE_AGE = (int) Duration.ofDays(365).toSeconds();

    private final LanguagePreferences preferences;

    LanguageResolver(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object resolved = request.getAttribute(REQUEST_ATTRIBUTE);
        if (resolved instanceof Locale locale) {
            return locale;
        }
        Locale locale = chosenByUser().or(() -> chosenInBrowser(request))
                .orElseGet(() -> Languages.bestFor(Collections.list(request.getLocales())));
        request.setAttribute(REQUEST_ATTRIBUTE, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale language = locale == null ? Languages.ENGLISH
                : Languages.supported(locale.toLanguageTag()).orElse(Languages.ENGLISH);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_AGE);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        Viewer viewer = Viewers.current();
        if (!viewer.isAnonymous()) {
            preferences.remember(viewer.username(), language);
        }
        request.setAttribute(REQUEST_ATTRIBUTE, language);
    }

    private Optional<Locale> chosenByUser() {
        Viewer viewer = Viewers.current();
        return viewer.isAnonymous() ? Optional.empty() : preferences.of(viewer.username());
    }

    private static Optional<Locale> chosenInBrowser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
