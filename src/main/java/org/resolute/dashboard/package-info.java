/**
 * The pages that compose the other modules' figures: the home page each role signs in to, and (as the modules
 * that feed them land) the overview and public transparency pages. It owns no data.
 */
package org.resolute.dashboard;
