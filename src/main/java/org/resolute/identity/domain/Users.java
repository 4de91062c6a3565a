package org.resolute.identity.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user of this installation. The look-ups by name run in a transaction: a user is read with its roles by two
 * queries, and outside a transaction each would hold a connection of its own at once, so that concurrent sign-ins
 * (an attacker's, say) could take every connection of the pool and wait for one more.
 */
public interface Users extends ListCrudRepository<User, UUID> {

    @Transactional(readOnly = true)
    Optional<User> findByUsername(String username);

    @Transactional(readOnly = true)
    boolean existsByUsername(String username);
}
