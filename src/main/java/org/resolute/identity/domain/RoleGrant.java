package org.resolute.identity.domain;

import org.resolute.kernel.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user. */
@Table("user_role")
public record RoleGrant(Role role) {
}
