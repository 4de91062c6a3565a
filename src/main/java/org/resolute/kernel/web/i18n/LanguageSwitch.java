package org.resolute.kernel.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.web.BackTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switch in the header: remembers the language chosen (for a signed-in user with their account, for anyone
 * in this browser) and goes back to the page it was chosen on. A language Resolute does not speak is English.
 */
@Controller
class LanguageSwitch {

    static final String PATH = "/language";

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @PostMapping(PATH)
    String choose(@RequestParam(defaultValue = "") String language, HttpServletRequest request,
            HttpServletResponse response) {
        resolver.setLocale(request, response, Languages.supported(language).orElse(Languages.ENGLISH));
        String back = BackTo.referrer(request, "/");
        return "redirect:" + (back.startsWith(PATH) ? "/" : back);
    }
}
