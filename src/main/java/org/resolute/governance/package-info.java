/**
 * The decisions that steer the whole effort: summits, leaders' and ministerial meetings and Board plenaries; the
 * decisions and commitments taken there with their reaffirmations; what each decision changed in other modules
 * (a troop ceiling through the mission's API); conditions reviews; the legal framework; and the timeline of it all.
 * No other module calls it: everything it holds is inside ({@code domain}, {@code web}, {@code api}).
 */
@ApplicationModule(allowedDependencies = {"mission::api", "force::api", "partnership::api", "reference::api", "funding::api"})
package org.resolute.governance;

import org.springframework.modulith.ApplicationModule;
