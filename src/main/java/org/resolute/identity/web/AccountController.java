package org.resolute.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.ApiToken;
import org.resolute.identity.domain.PasswordChange;
import org.resolute.identity.domain.PasswordPolicy;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.kernel.InvalidInput;
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

/** A user's own page: who they are, their personal access tokens, and changing their password. */
@Controller
class AccountController {

    private final AccessTokens tokens;
    private final PasswordChange passwordChange;

    AccountController(AccessTokens tokens, PasswordChange passwordChange) {
        this.tokens = tokens;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            ApiToken.Issued issued = tokens.issue(user.id(), name);
            redirect.addFlashAttribute("issuedName", issued.token().name());
            redirect.addFlashAttribute("issuedSecret", issued.secret());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiToken token = tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("message", "Revoked the token '" + token.name() + "'.");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mustChange", user.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/password";
    }

    /** Changes the password, then signs the user out so that they sign in again with the new one. */
    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmation, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        try {
            passwordChange.change(user.id(), currentPassword, newPassword, confirmation);
        } catch (InvalidInput e) {
            model.addAttribute("fieldError", e);
            model.addAttribute("mustChange", user.mustChangePassword());
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            return "identity/password";
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?changed";
    }
}
