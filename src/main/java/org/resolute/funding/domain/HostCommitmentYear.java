package org.resolute.funding.domain;

import java.math.BigDecimal;

import org.resolute.kernel.Provenance;

/**
 * The host government's commitment for a year (Chicago 2012: at least USD 500 million a year from 2015, rising)
 * against the contributions recorded to its own budget for its forces.
 *
 * @param commitmentProvenance the published figure the commitment comes from
 * @param rising whether the contributions rose over the year before
 */
public record HostCommitmentYear(int year, BigDecimal committedUsd, BigDecimal contributedUsd, boolean met,
        boolean rising, Provenance commitmentProvenance, boolean illustrative) {
}
