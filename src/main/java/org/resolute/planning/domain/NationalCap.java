package org.resolute.planning.domain;

/** A nation's own cap on its troops in theatre (mission module), with the decision behind it in words. */
public record NationalCap(String nation, int troops, String basis) {
}
