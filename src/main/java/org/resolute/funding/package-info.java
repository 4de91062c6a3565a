/**
 * The financial pillar: funds (ANA Trust Fund, LOTFA, ASFF, the host government's budget), donors, pledges,
 * Board meetings, receipts in any currency with their exchange rates, allocations, disbursements and expenditure,
 * all on a double-entry, hash-chained ledger; reconciliation from pledge to receipt; transparency and IATI.
 * Other modules see its contract, the named interface {@code funding::api}: {@link Funds} with {@link Fund}, and
 * {@link FundingHorizons} with {@link FundingHorizon}; everything else stays inside.
 */
@ApplicationModule(allowedDependencies = {"reference::api"})
package org.resolute.funding;

import org.springframework.modulith.ApplicationModule;
