package org.resolute.kernel.web.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.LanguagePreferences;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a page is in: the signed-in user's choice (remembered with their account, read once per
 * session), else the choice this browser made (a cookie, for visitors who do not sign in), else the best match
 * for the browser's own languages, else English. Reading it never creates a session (a signed-in caller without
 * one, such as a personal access token's, has the choice read each time).
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "resolute-language";
    private static final String SESSION_ATTRIBUTE = LanguageResolver.class.getName() + ".language";
    private static final String NONE_CHOSEN = "";
    private static final int COOKIE_AGE = (int) Duration.ofDays(365).toSeconds();

    private final LanguagePreferences preferences;

    LanguageResolver(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosenByUser(request).or(() -> chosenInBrowser(request))
                .orElseGet(() -> Languages.bestFor(Collections.list(request.getLocales())));
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
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SESSION_ATTRIBUTE, language.toLanguageTag());
            }
        }
    }

    private Optional<Locale> chosenByUser(HttpServletRequest request) {
        Viewer viewer = Viewers.current();
        if (viewer.isAnonymous()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return preferences.of(viewer.username());
        }
        Object remembered = session.getAttribute(SESSION_ATTRIBUTE);
        if (remembered == null) {
            remembered = preferences.of(viewer.username()).map(Locale::toLanguageTag).orElse(NONE_CHOSEN);
            session.setAttribute(SESSION_ATTRIBUTE, remembered);
        }
        return Languages.supported(remembered.toString());
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
