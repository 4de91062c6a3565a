package org.resolute.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.resolute.identity.domain.DemoAccounts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with the username of a failed attempt kept; in the demo profile it also lists the accounts. */
@Controller
class LoginController {

    private final Optional<DemoAccounts> demo;

    LoginController(Optional<DemoAccounts> demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam Optional<String> error, @RequestParam Optional<String> logout,
            @RequestParam Optional<String> changed, Model model, HttpServletRequest request) {
        model.addAttribute("error", error.orElse(null));
        model.addAttribute("logout", logout.isPresent());
        model.addAttribute("passwordChanged", changed.isPresent());
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(SignInFailures.TYPED);
        if (typed != null) {
            session.removeAttribute(SignInFailures.TYPED);
        }
        model.addAttribute("username", error.isPresent() && typed instanceof String username ? username : "");
        model.addAttribute("nations", new NationNames(LocaleContextHolder.getLocale()));
        demo.ifPresent(accounts -> {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        });
        return "login";
    }
}
