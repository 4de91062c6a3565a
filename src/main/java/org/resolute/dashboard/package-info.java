/**
 * The front door: the public landing page for anyone, and the home page each signed-in user gets, the mission's one
 * view for their roles, composed of the sections the other modules contribute through
 * {@link org.resolute.kernel.HomeSection.Source}. It owns no data and calls no module directly.
 */
@ApplicationModule(allowedDependencies = "kernel")
package org.resolute.dashboard;

import org.springframework.modulith.ApplicationModule;
