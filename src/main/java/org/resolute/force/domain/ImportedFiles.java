package org.resolute.force.domain;

import java.util.Optional;
import java.util.UUID;

import org.resolute.force.domain.ImportCheck;
import org.resolute.force.domain.ImportedFile;

/** The imports that stored strength reports, and their check against what is stored and sealed now. */
public interface ImportedFiles {

    /** The import, if the current viewer may see it. */
    Optional<ImportedFile> find(UUID id);

    /**
     * Recomputes the import's digest from its reports as stored now and compares it with the digest kept with the
     * import and the one sealed in the audit trail. {@link org.resolute.kernel.NotFound} when the viewer may not
     * see the import.
     */
    ImportCheck check(UUID id);
}
