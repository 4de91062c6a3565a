package org.resolute.governance.domain;

/** A line of the timeline with its title and detail as words for a reader (the entry holds the API's English). */
public record TimelineLine(TimelineEntry entry, Wording title, Wording detail) {
}
