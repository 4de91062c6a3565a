package org.resolute.force.api;

/** How many records a CSV import added. */
record ImportResponse(int imported) {
}
