package org.resolute.force;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an import of strength reports did: the reports it stored, and the lines that repeated a stored report
 * exactly and so changed nothing.
 *
 * @param importId the import's record ({@link ImportedFile}); null when the import stored nothing
 */
public record StrengthImport(int stored, int unchanged, @Nullable UUID importId) {
}
