package org.resolute.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.StartUpLoad;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One account per role for the demo profile only, created on the first start and reused after. The same list is
 * shown on the demo login page and in the README.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoAccounts extends StartUpLoad {

    public static final String PASSWORD = "resolute-demo";

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(Role.ADMIN, "admin", "Demo administrator", null, Classification.RESTRICTED),
            new DemoAccount(Role.FORCE_PLANNER, "planner", "Demo force planner", null, Classification.RESTRICTED),
            new DemoAccount(Role.ADVISOR, "advisor", "Demo advisor", null, Classification.MISSION),
            new DemoAccount(Role.ADVISING_LEAD, "lead", "Demo advising lead", null, Classification.RESTRICTED),
            new DemoAccount(Role.FUND_MANAGER, "fundmanager", "Demo trust-fund manager", null,
                    Classification.RESTRICTED),
            new DemoAccount(Role.DONOR_REPRESENTATIVE, "donor", "Demo donor representative (United Kingdom)",
                    "GBR", Classification.MISSION),
            new DemoAccount(Role.PARTNERSHIP_OFFICER, "partnership", "Demo partnership officer", null,
                    Classification.MISSION),
            new DemoAccount(Role.AUDITOR, "auditor", "Demo auditor", null, Classification.RESTRICTED),
            new DemoAccount(Role.VIEWER, "viewer", "Demo viewer", null, Classification.MISSION));

    private final Users users;
    private final PasswordEncoder passwords;

    DemoAccounts(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    protected void load() {
        String hash = passwords.encode(PASSWORD);
        for (DemoAccount account : ACCOUNTS) {
            if (!users.existsByUsername(account.username())) {
                users.save(User.create(account.profile(), hash, false));
            }
        }
    }

    /** A demo account: its role, name, nation (ISO alpha-3, or null for mission-wide) and clearance. */
    public record DemoAccount(Role role, String username, String displayName, String nation,
            Classification clearance) {

        UserProfile profile() {
            return new UserProfile(username, displayName, Set.of(role), Optional.ofNullable(nation), clearance);
        }

        public String password() {
            return PASSWORD;
        }
    }
}
