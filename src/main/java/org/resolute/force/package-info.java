/**
 * The force the nations provide: strength reports per nation and location over time and the public placemat
 * built from them; requirements (CJSOR lines), nations' offers against them and their fill; national caveats as
 * rules checked whenever an offer or an assignment is recorded.
 */
@ApplicationModule(allowedDependencies = {"mission::api", "reference::api", "audit::api"})
package org.resolute.force;

import org.springframework.modulith.ApplicationModule;
