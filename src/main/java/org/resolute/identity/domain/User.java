package org.resolute.identity.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.kernel.Audited;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to Resolute, with what they may do (roles), for whom (nation) and see (clearance). */
@Table("app_user")
public class User implements Audited {

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private String nation;
    private Classification clearance;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedLogins;
    private Instant lockedUntil;
    private final Instant createdAt;
    @MappedCollection(idColumn = "app_user")
    private Set<RoleGrant> roles;
    @Version
    private Long version;

    @PersistenceCreator
    User(UUID id, String username, String displayName, String passwordHash, String nation,
            Classification clearance, boolean enabled, boolean mustChangePassword, int failedLogins,
            Instant lockedUntil, Instant createdAt, Set<RoleGrant> roles, Long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.nation = nation;
        this.clearance = clearance;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.roles = roles;
        this.version = version;
    }

    public static User create(UserProfile profile, String passwordHash, boolean mustChangePassword) {
        User user = new User(Ids.next(), profile.username(), profile.displayName(), passwordHash, null,
                profile.clearance(), true, mustChangePassword, 0, null, Instant.now(), Set.of(), null);
        user.update(profile);
        return user;
    }

    /** Changes what the user may do and see; the username stays. */
    public void update(UserProfile profile) {
        this.displayName = profile.displayName();
        this.nation = profile.nation().orElse(null);
        this.clearance = profile.clearance();
        this.roles = profile.roles().stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public boolean isLockedAt(Instant now) {
        return isLocked(lockedUntil, now);
    }

    /** The lockout rule, for readers that have only the column: locked while its end lies ahead. */
    static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Viewer viewer() {
        return new Viewer(username, roles(), nation(), clearance);
    }

    public UserProfile profile() {
        return new UserProfile(username, displayName, roles(), nation(), clearance);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Optional<String> nation() {
        return Optional.ofNullable(nation);
    }

    public Classification clearance() {
        return clearance;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long version() {
        return version;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("roles", roles().stream().map(Role::name).toList());
        state.put("nation", nation);
        state.put("clearance", clearance.name());
        state.put("enabled", enabled);
        state.put("mustChangePassword", mustChangePassword);
        state.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return state;
    }
}
