/**
 * The mission itself: its record and legal basis, the commands and locations of its hub and spokes, and the troop
 * ceilings (mission-wide and national caps) that bound the force, each with the decision behind it.
 */
@ApplicationModule(allowedDependencies = "reference::api")
package org.resolute.mission;

import org.springframework.modulith.ApplicationModule;
