package org.resolute.reference.domain;

/**
 * An ISO 4217 currency.
 *
 * @param minorUnits digits after the decimal point, or null where ISO gives none (gold, testing codes)
 */
public record Currency(String code, String name, Integer minorUnits) {
}
