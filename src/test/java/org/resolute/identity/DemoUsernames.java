package org.resolute.identity;

import org.resolute.identity.domain.DemoAccounts;
import org.resolute.kernel.Role;

/** The demo username of a role, for tests that sign in as that role. */
final class DemoUsernames {

    private DemoUsernames() {
    }

    static String of(Role role) {
        return DemoAccounts.ACCOUNTS.stream().filter(account -> account.role() == role).findFirst().orElseThrow()
                .username();
    }
}
