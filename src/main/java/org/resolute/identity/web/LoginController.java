package org.resolute.identity.web;

import java.util.Optional;

import org.resolute.identity.domain.DemoAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; in the demo profile it also lists the demo accounts. */
@Controller
class LoginController {

    private final Optional<DemoAccounts> demo;
    LoginController(Optional<DemoAccounts> demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam Optional<String> error, @RequestParam Optional<String> logout,
            @RequestParam Optional<String> changed, Model model) {
        model.addAttribute("error", error.orElse(null));
        model.addAttribute("logout", logout.isPresent());
        model.addAttribute("passwordChanged", changed.isPresent());
        demo.ifPresent(accounts -> {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        });
        return "login";
    }
}
