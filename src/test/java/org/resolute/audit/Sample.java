package org.resolute.audit;

/** A record written with plain JDBC in the tests, announced to the trail with a RecordChanged event. */
record Sample(String name, int amount) {
}
