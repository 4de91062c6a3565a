package org.resolute.force.domain;

import java.util.UUID;

/**
 * An import checked against what is stored now: the digest recomputed from its reports, the digest kept with the
 * import, and the digest in its sealed audit entry. Intact when all three agree and every report is there.
 *
 * @param sealedDigest the digest in the import's audit entry; null if the trail has no sealed entry for it
 */
public record ImportCheck(UUID importId, int stored, int found, String storedDigest, String recomputedDigest,
        String sealedDigest, boolean intact, String rule) {
}
