/**
 * The Enduring Partnership (set up at Lisbon in 2010, strengthened at Warsaw in 2016): its political dialogue and
 * practical cooperation, the activities held under it with their participants, outcomes, follow-up actions and
 * attachments, and the reports on what it reached. Its contract, the named interface "api", is what the governance
 * timeline reads: the partnership and its activities ({@link PartnershipActivities}).
 */
@ApplicationModule(allowedDependencies = "reference::api")
package org.resolute.partnership;

import org.springframework.modulith.ApplicationModule;
