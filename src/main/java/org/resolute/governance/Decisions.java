package org.resolute.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * The decisions and commitments, limited to what the current viewer may see, with their reaffirmations and what
 * they changed. Administrators record them; a decision that sets a troop ceiling records it through the mission
 * module, which names the decision beside the ceiling.
 */
public interface Decisions {

    /** The fields {@link #search} sorts by. */
    List<String> SORT_FIELDS = List.of("decidedOn", "title", "kind");

    PageResult<Decision> search(GovernanceFilter filter, PageQuery page);

    /** Every visible decision matching the filter, oldest first. */
    List<Decision> list(GovernanceFilter filter);

    Optional<DecisionHistory> find(UUID id);

    /** The decisions taken at a meeting, oldest first. */
    List<Decision> takenAt(UUID meeting);

    /**
     * Records a decision (ADMIN) and, when it sets one, the new mission ceiling in the same transaction.
     * {@link org.resolute.kernel.InvalidInput} names the field at fault: title, text and source are required; a
     * reaffirmation must name a visible commitment, and only a reaffirmation may; the effect's end may not come
     * before its start; a ceiling's fields are checked by the mission module.
     */
    Decision record(NewDecision decision);

    /** Links a decision to a record it changed (ADMIN); the record must exist in its module. */
    DecisionEffect link(UUID decision, NewEffect effect);

    /** The decisions that changed a record, e.g. the decisions behind a legal instrument. */
    List<DecisionEffect> effectsOn(EffectKind kind, String recordRef);
}
