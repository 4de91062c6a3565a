package org.resolute.funding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The funding horizons that decisions set, per fund; governance records them through here. */
@NamedInterface("api")
public interface FundingHorizons {

    /**
     * Records that a decision commits the fund's support through a year. {@link org.resolute.kernel.NotFound} for
     * an unknown fund, {@link org.resolute.kernel.InvalidInput} naming the field otherwise. Audited.
     */
    FundingHorizon record(String fund, int throughYear, String basis, String decisionRef, String source);

    Optional<FundingHorizon> find(UUID id);
}
