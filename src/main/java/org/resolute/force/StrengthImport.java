package org.resolute.force;

/**
 * What an import of strength reports did: the reports it stored, and the lines that repeated a stored report
 * exactly and so changed nothing.
 */
public record StrengthImport(int stored, int unchanged) {
}
