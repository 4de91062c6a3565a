package org.resolute.identity.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserProfile;
import org.resolute.identity.domain.UserSearch;
import org.resolute.identity.domain.UserState;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.IfMatch;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Role;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.ETags;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users for administrators' scripts: list, create, and update with optimistic locking ({@code ETag} carries the
 * version; an update needs {@code If-Match}, and a stale one answers 409).
 */
@Tag(name = "Identity")
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize(Roles.ADMINISTRATORS)
class UserController {

    private final UserSearch search;
    private final Users users;
    private final UserAdministration administration;
    private final Clock clock;

    UserController(UserSearch search, Users users, UserAdministration administration, Clock clock) {
        this.search = search;
        this.users = users;
        this.administration = administration;
        this.clock = clock;
    }

    @Operation(operationId = "listUsers", summary = "List users")
    @GetMapping
    PageResult<UserView> list(@RequestParam(defaultValue = "") String q, @RequestParam Optional<Role> role,
            @RequestParam Optional<UserState> state, @PageParameters PageQuery page) {
        return search.find(q, role, state, clock.instant(), page).map(UserView::of);
    }

    @Operation(operationId = "getUser", summary = "Read a user")
    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        User user = users.findById(id).orElseThrow(() -> new NotFound("User"));
        return ResponseEntity.ok().eTag(etag(user)).body(UserView.of(user));
    }

    @Operation(operationId = "createUser", summary = "Create a user")
    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        User user = administration.create(request.profile(), request.initialPassword());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).eTag(etag(user))
                .body(UserView.of(user));
    }

    @Operation(operationId = "updateUser", summary = "Update a user's profile")
    @PutMapping("/{id}")
    ResponseEntity<UserView> update(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody UserChange request) {
        User current = users.findById(id).orElseThrow(() -> new NotFound("User"));
        User user = administration.update(id, ETags.version(IfMatch.required(ifMatch, "user")),
                request.profile(current.username()));
        return ResponseEntity.ok().eTag(etag(user)).body(UserView.of(user));
    }

    private static String etag(User user) {
        return ETags.of(user.version());
    }

    record NewUser(@NotNull @Size(max = 40) String username, @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles, @Size(max = 3) String nation, @NotNull Classification clearance,
            @NotNull @Size(max = 72) String initialPassword) {

        UserProfile profile() {
            return new UserProfile(username, displayName, roles, Optional.ofNullable(nation), clearance);
        }
    }

    record UserChange(@Size(max = 100) String displayName, @NotEmpty Set<Role> roles, @Size(max = 3) String nation,
            @NotNull Classification clearance) {

        UserProfile profile(String username) {
            return new UserProfile(username, displayName, roles, Optional.ofNullable(nation), clearance);
        }
    }

    record UserView(UUID id, String username, String displayName, List<Role> roles, @Nullable String nation,
            Classification clearance, boolean enabled, boolean mustChangePassword, @Nullable Instant lockedUntil,
            Instant createdAt) {

        static UserView of(User user) {
            return new UserView(user.id(), user.username(), user.displayName(), List.copyOf(user.roles()),
                    user.nation().orElse(null), user.clearance(), user.enabled(), user.mustChangePassword(),
                    user.lockedUntil().orElse(null), user.createdAt());
        }
    }
}
