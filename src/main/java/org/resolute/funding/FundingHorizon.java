package org.resolute.funding;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * How far a fund's support is committed: through the end of {@code throughYear}, as a decision set it.
 *
 * @param decisionRef the deciding decision's path in governance, e.g. {@code /governance/decisions/{id}}
 */
@NamedInterface("api")
public record FundingHorizon(UUID id, String fund, int throughYear, String basis, String decisionRef,
        String source, String recordedBy, Instant recordedAt) {
}
