package org.resolute.identity.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Audited;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Sha256;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token for the API. Only its SHA-256 hash is stored: the secret is shown once, when issued.
 * A token is high-entropy random, so a fast hash is enough; a salted slow hash would only slow every request.
 */
@Table("api_token")
public class ApiToken implements Audited {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "rsl_";

    @Id
    private final UUID id;
    private final UUID owner;
    private final String name;
    private final String tokenHash;
    private final String hint;
    private final Instant createdAt;
    private Instant revokedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ApiToken(UUID id, UUID owner, String name, String tokenHash, String hint, Instant createdAt, Instant revokedAt,
            Long version) {
        this.id = id;
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.createdAt = createdAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    /** Issues a token; the secret in the answer is the only copy there will ever be. */
    public static Issued issue(UUID owner, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInput("name", "identity.error.tokenName", "Give the token a name of 1 to 80 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(Ids.next(), owner, trimmed, hash(secret), secret.substring(0, 8),
                Instant.now(), null, null);
        return new Issued(token, secret);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("owner", owner.toString());
        state.put("name", name);
        state.put("hint", hint);
        state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return state;
    }

    /** A token just issued, with its secret. */
    public record Issued(ApiToken token, String secret) {
    }
}
