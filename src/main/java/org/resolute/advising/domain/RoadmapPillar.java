package org.resolute.advising.domain;

/** A focus area of the 2017 Afghan security roadmap that advice serves. */
public record RoadmapPillar(String code, String name, String source) {
}
