package org.resolute.governance.domain;

/**
 * A link from a decision to a record it changed. A troop ceiling, mission phase or legal instrument is named by
 * its id in the mission module, which must know it; a funding horizon or other change is described in words.
 */
public record NewEffect(EffectKind kind, String recordRef, String summary) {
}
