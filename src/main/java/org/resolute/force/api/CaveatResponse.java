package org.resolute.force.api;

import org.resolute.force.NationalCaveat;

/** A national caveat with its rule in words. */
record CaveatResponse(NationalCaveat caveat, String rule) {
}
