/**
 * Train, advise, assist: the host institutions and the advisor positions that advise them, advisors' engagement
 * reports with their approval, evidence-based capability assessments, and the coverage of institutions by
 * functional area that shows where advising is thin and capability weak.
 */
@ApplicationModule(allowedDependencies = {"mission::api", "reference::api"})
package org.resolute.advising;

import org.springframework.modulith.ApplicationModule;
