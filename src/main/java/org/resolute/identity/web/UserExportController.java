package org.resolute.identity.web;

import java.time.Clock;
import java.util.Optional;

import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserSearch;
import org.resolute.identity.domain.UserState;
import org.resolute.kernel.Roles;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Role;
import org.resolute.kernel.web.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The users list as CSV, with the page's filters and order. */
@RestController
@PreAuthorize(Roles.ADMINISTRATORS)
class UserExportController {

    private final UserSearch search;
    private final Clock clock;

    UserExportController(UserSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @GetMapping(value = "/admin/users.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export(@RequestParam(defaultValue = "") String q, @RequestParam Optional<Role> role,
            @RequestParam Optional<UserState> state, @RequestParam(defaultValue = "") String sort) {
        CsvDownload csv = new CsvDownload("username", "display_name", "roles", "nation", "clearance",
                "enabled", "locked_until", "created_at");
        int page = 0;
        while (true) {
            var result = search.find(q, role, state, clock.instant(), new PageQuery(page, PageQuery.MAX_SIZE, sort));
            for (User user : result.items()) {
                csv.line(user.username(), user.displayName(),
                        String.join(" ", user.roles().stream().map(Role::name).toList()), user.nation().orElse(""),
                        user.clearance(), user.enabled(), user.lockedUntil().map(Object::toString).orElse(""),
                        user.createdAt());
            }
            if (!result.hasNext()) {
                break;
            }
            page++;
        }
        return csv.as("users.csv");
    }
}
