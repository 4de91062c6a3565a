package org.resolute.governance.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a decision changed: a record kept by another module, by that module's id, or a change in words.
 *
 * @param recordRef the id of the changed record in its module; null for a change no module records
 * @param link where the changed record is shown; null when it has no page
 */
public record DecisionEffect(UUID id, UUID decision, EffectKind kind, String recordRef, String summary,
        String link, String recordedBy, Instant recordedAt) {
}
