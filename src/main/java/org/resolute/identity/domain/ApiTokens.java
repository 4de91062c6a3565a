package org.resolute.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Every personal access token, active or revoked. */
public interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

    List<ApiToken> findByOwnerOrderByCreatedAtDesc(UUID owner);
}
