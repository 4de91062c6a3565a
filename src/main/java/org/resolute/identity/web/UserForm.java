package org.resolute.identity.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserProfile;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;

/** The user form as bound from the admin page; {@link #toProfile()} applies the rules. */
class UserForm {

    private String username = "";
    private String displayName = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String nation = "";
    private Classification clearance = Classification.MISSION;
    private String password = "";
    private long version;

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.nation = user.nation().orElse("");
        form.clearance = user.clearance();
        form.version = user.version();
        return form;
    }

    UserProfile toProfile() {
        return new UserProfile(username, displayName, roles, Optional.ofNullable(nation), clearance);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getNation() {
        return nation;
    }

    public void setNation(String nation) {
        this.nation = nation;
    }

    public Classification getClearance() {
        return clearance;
    }

    public void setClearance(Classification clearance) {
        this.clearance = clearance;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
