package org.resolute.identity.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's personal access tokens: issue, list, revoke, and resolve a bearer secret to its user. */
@Service
public class AccessTokens {

    private final ApiTokens tokens;
    private final TokenHolders holders;
    private final Clock clock;

    AccessTokens(ApiTokens tokens, TokenHolders holders, Clock clock) {
        this.tokens = tokens;
        this.holders = holders;
        this.clock = clock;
    }

    @Transactional
    public ApiToken.Issued issue(UUID owner, String name) {
        ApiToken.Issued issued = ApiToken.issue(owner, name);
        tokens.save(issued.token());
        return issued;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(UUID owner) {
        return tokens.findByOwnerOrderByCreatedAtDesc(owner);
    }

    /** Revokes one of the owner's tokens; another user's token is as good as absent. */
    @Transactional
    public ApiToken revoke(UUID owner, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(found -> found.owner().equals(owner))
                .orElseThrow(() -> new NotFound("Token"));
        if (token.isActive()) {
            token.revoke(clock.instant());
            return tokens.save(token);
        }
        return token;
    }

    /**
     * The signed-in user a bearer secret stands for, if the token is active and its user enabled. An account that
     * must wait after failed sign-ins keeps its tokens: the wait is against guessing its password, and must not
     * let whoever guesses cut its API clients off.
     */
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return holders.holderOf(ApiToken.hash(secret), clock.instant()).filter(SignedInUser::isEnabled);
    }
}
