package org.resolute.kernel.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.web.BackTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switch in the header: remembers the language chosen (for a signed-in user with their account, for anyone
 * in this browser) and goes back to the page it was chosen on. A language Resolute does not speak is English.
 * It is a link, not a form: a form would need a CSRF token, and the token a session, for every anonymous visitor
 * of a public page; what a forged link could do is change a reader's language.
 */
@Controller
class LanguageSwitch {

    static final String PATH = "/language";

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @GetMapping(PATH)
    String choose(@RequestParam(name = "to", defaultValue = "") String language, HttpServletRequest request,
            HttpServletResponse response) {
        resolver.setLocale(request, response, Languages.supported(language).orElse(Languages.ENGLISH));
        String back = BackTo.referrer(request, "/");
        return "redirect:" + (back.startsWith(PATH) ? "/" : back);
    }
}
