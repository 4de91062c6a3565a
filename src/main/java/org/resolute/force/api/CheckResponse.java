package org.resolute.force.api;

import java.util.List;

import org.resolute.force.domain.CaveatViolation;

/** Whether an assignment complies with its nation's caveats, and each caveat it breaks. */
record CheckResponse(boolean complies, List<CaveatViolation> violations) {
}
