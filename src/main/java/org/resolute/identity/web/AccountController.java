package org.resolute.identity.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.ApiToken;
import org.resolute.identity.domain.PasswordChange;
import org.resolute.identity.domain.PasswordPolicy;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.kernel.LanguagePreferences;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own page: who they are, the language they read Resolute in (the header's switch keeps it with the
 * account), their personal access tokens, and changing their password.
 */
@Controller
class AccountController {

    private final AccessTokens tokens;
    private final PasswordChange passwordChange;
    private final LanguagePreferences languages;

    AccountController(AccessTokens tokens, PasswordChange passwordChange, LanguagePreferences languages) {
        this.tokens = tokens;
        this.passwordChange = passwordChange;
        this.languages = languages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("chosenLanguage", languages.of(user.getUsername()).flatMap(chosen -> Languages.supported(
                chosen.toLanguageTag())).map(Locale::getLanguage).orElse(null));
        model.addAttribute("nations", new NationNames(LocaleContextHolder.getLocale()));
        return "identity/account";
    }

    /** Issues a token; a refused name goes back to the account page with the error next to the field. */
    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        ApiToken.Issued issued = tokens.issue(user.id(), name);
        redirect.addFlashAttribute("issuedName", issued.token().name());
        redirect.addFlashAttribute("issuedSecret", issued.secret());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiToken token = tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("notice", Notice.of("identity.token.revokedNotice", token.name()));
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mustChange", user.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/password";
    }

    /**
     * Changes the password, then signs the user out so that they sign in again with the new one. A refused change is
     * shown at once (not through a redirect, so no password typed is ever kept in the session), the fields empty.
     */
    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmation, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return FormPost.answer(() -> {
            passwordChange.change(user.id(), currentPassword, newPassword, confirmation);
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            return "redirect:/login?changed";
        }, () -> passwordForm(user, model), model, request, response);
    }
}
