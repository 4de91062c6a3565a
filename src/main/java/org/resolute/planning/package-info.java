/**
 * The commander's planner: assigns advisor teams to advising requirements under national caveats, location
 * capacity, the troop ceiling and national caps, and plans drawdowns that keep the most important advising. It owns
 * no master data: it reads the force, advising and mission modules through their APIs (and nations' names from
 * reference), and keeps only its plans.
 */
@ApplicationModule(allowedDependencies = {"force::api", "advising::api", "mission::api", "reference::api"})
package org.resolute.planning;

import org.springframework.modulith.ApplicationModule;
