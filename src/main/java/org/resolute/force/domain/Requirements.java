package org.resolute.force.domain;

import java.io.Reader;
import java.util.List;
import java.util.UUID;

import org.resolute.force.domain.NewOffer;
import org.resolute.force.domain.NewRequirement;
import org.resolute.force.domain.Offer;
import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirement;
import org.resolute.force.domain.RequirementFilter;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * The CJSOR: requirements, the offers nations make against them, and their fill. Every read shows the current
 * viewer only what its marking allows. Every offer is checked against the offering nation's caveats before it is
 * stored; a breach is refused with the rule named.
 */
public interface Requirements {

    /** The fields {@link #search} and {@link #list} sort by. */
    List<String> SORT_FIELDS = List.of("reference", "priority", "quantity", "command", "location", "activity",
            "from", "until", "fillState", "shortfall");

    PageResult<Requirement> search(RequirementFilter filter, PageQuery page);

    /** Every visible requirement matching the filter, in the given order: for exports. */
    List<Requirement> list(RequirementFilter filter, String sort);

    /** The requirement; {@link org.resolute.kernel.NotFound} when it does not exist or the viewer may not see it. */
    Requirement get(UUID id);

    /** The offers against a requirement that the viewer may see, newest first. */
    List<Offer> offers(UUID requirementId);

    /** Requirements not yet filled (gap or partial), by priority, largest shortfall first. */
    PageResult<Requirement> gaps(PageQuery page);

    Requirement create(NewRequirement requirement);

    /** Records an offer, or refuses it ({@link org.resolute.kernel.InvalidInput}) naming the caveat it breaks. */
    Offer recordOffer(UUID requirementId, NewOffer offer);

    /**
     * Accepts an open offer or withdraws an open or accepted one, and moves the requirement's fill with it;
     * any other change of status is refused naming {@code status}.
     */
    Offer decideOffer(UUID requirementId, UUID offerId, OfferStatus decision);

    /**
     * Columns: reference, capability, activity, quantity, command, location, from, until, priority,
     * classification, releasable_to, source, provenance_status. All or nothing; answers the number added.
     */
    int importRequirements(Reader csv);

    /**
     * Columns: requirement (its reference), nation, quantity, from, until, status, classification, releasable_to,
     * source, provenance_status. Each offer is checked against the nation's caveats. All or nothing.
     */
    int importOffers(Reader csv);
}
