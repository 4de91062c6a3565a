package org.resolute.force.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.force.domain.ImportedFile;

/**
 * What an import of strength reports did: the reports it stored, and the lines that repeated a stored report
 * exactly and so changed nothing.
 *
 * @param importId the import's record ({@link ImportedFile}); null when the import stored nothing
 */
public record StrengthImport(int stored, int unchanged, @Nullable UUID importId) {
}
