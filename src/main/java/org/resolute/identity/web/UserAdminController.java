package org.resolute.identity.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.PasswordPolicy;
import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserSearch;
import org.resolute.identity.domain.UserState;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Role;
import org.resolute.kernel.Roles;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages for users: list, create, edit, disable and enable, reset a password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize(Roles.ADMINISTRATORS)
class UserAdminController {

    private final UserSearch search;
    private final Users users;
    private final UserAdministration administration;
    private final Clock clock;

    UserAdminController(UserSearch search, Users users, UserAdministration administration, Clock clock) {
        this.search = search;
        this.users = users;
        this.administration = administration;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("clearances", Classification.values());
        model.addAttribute("states", UserState.values());
        model.addAttribute("nations", new NationNames(LocaleContextHolder.getLocale()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam Optional<Role> role,
            @RequestParam Optional<UserState> state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "") String sort, Model model) {
        PageResult<User> result = search.find(q, role, state, clock.instant(), new PageQuery(page, size, sort));
        model.addAttribute("users", result);
        model.addAttribute("q", q);
        model.addAttribute("role", role.orElse(null));
        model.addAttribute("state", state.orElse(null));
        model.addAttribute("sort", sort);
        model.addAttribute("now", clock.instant());
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return "identity/user-new";
    }

    /**
     * Creates a user. A refused form is shown at once, with what was typed and the error next to its field (not
     * through a redirect, so the initial password typed is never kept in the session).
     */
    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        return FormPost.answer(() -> {
            User user = administration.create(form.toProfile(), form.getPassword());
            redirect.addFlashAttribute("notice", Notice.of("identity.user.created", user.username()));
            return "redirect:/admin/users";
        }, () -> "identity/user-new", model, request, response);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = user(id);
        model.addAttribute("form", UserForm.of(user));
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return FormPost.answer(() -> {
            User user = administration.update(id, form.getVersion(), form.toProfile());
            redirect.addFlashAttribute("notice", Notice.of("identity.user.saved", user.username()));
            return "redirect:/admin/users";
        }, () -> editPage(user(id), model), model, request, response);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            User user = administration.disable(id, version, Viewers.current().username());
            redirect.addFlashAttribute("notice", Notice.of("identity.user.disabled", user.username()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refusal", e.wording());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        User user = administration.enable(id, version);
        redirect.addFlashAttribute("notice", Notice.of("identity.user.enabled", user.username()));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        String oneTime = administration.resetPassword(id, version);
        redirect.addFlashAttribute("oneTimePassword", oneTime);
        return "redirect:/admin/users/" + id;
    }

    private User user(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFound("User"));
    }

    /** The user's page with its form; the form is in the model already, as stored or as refused. */
    private String editPage(User user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("now", clock.instant());
        return "identity/user-edit";
    }
}
