package org.resolute.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.ApiToken;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal access tokens: issue one (its secret is in this answer only), list, revoke. */
@Tag(name = "Identity")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final AccessTokens tokens;

    TokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(operationId = "issueToken", summary = "Create a personal access token")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewToken request) {
        ApiToken.Issued issued = tokens.issue(user.id(), request.name());
        return new IssuedToken(issued.token().id(), issued.token().name(), issued.secret());
    }

    @Operation(operationId = "listTokens", summary = "List your personal access tokens")
    @GetMapping
    PageResult<TokenView> list(@AuthenticationPrincipal SignedInUser user,
            @PageParameters(sorted = false) PageQuery page) {
        return PageResult.of(tokens.of(user.id()).stream().map(TokenView::of).toList(), page);
    }

    @Operation(operationId = "revokeToken", summary = "Revoke a personal access token")
    @DeleteMapping("/{id}")
    TokenView revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return TokenView.of(tokens.revoke(user.id(), id));
    }

    record NewToken(@NotBlank @Size(max = 80) String name) {
    }

    /** A token just issued: {@code token} is the secret, shown this once. */
    record IssuedToken(UUID id, String name, String token) {
    }

    record TokenView(UUID id, String name, String hint, Instant createdAt, @Nullable Instant revokedAt,
            boolean active) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.hint(), token.createdAt(),
                    token.revokedAt().orElse(null), token.isActive());
        }
    }
}
