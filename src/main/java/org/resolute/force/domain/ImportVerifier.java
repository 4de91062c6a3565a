package org.resolute.force.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditEntry;
import org.resolute.audit.AuditFilter;
import org.resolute.audit.AuditTrail;
import org.resolute.force.StrengthReport;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an import against its reports as stored now and its sealed audit entry. The import is marked at least
 * as restrictively as each of its reports, so a viewer who may see it may have them all counted; the reports are
 * read as the system to recompute the digest, and only the digest and counts are answered.
 */
@Service
@Transactional(readOnly = true)
class ImportVerifier implements ImportedFiles {

    private final ImportedFileTable files;
    private final StrengthTable reports;
    private final AuditTrail audit;
    private final JsonMapper json;

    ImportVerifier(ImportedFileTable files, StrengthTable reports, AuditTrail audit, JsonMapper json) {
        this.files = files;
        this.reports = reports;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public Optional<ImportedFile> find(UUID id) {
        return files.find(id);
    }

    @Override
    public ImportCheck check(UUID id) {
        ImportedFile file = files.find(id).orElseThrow(() -> new NotFound("import " + id));
        List<StrengthReport> stored = Viewers.runAs(Viewer.SYSTEM, () -> reports.ofImport(id));
        String recomputed = ImportDigest.of(stored);
        audit.sealPending();
        String sealed = audit.export(new AuditFilter(null, null, "StrengthImport", id.toString(),
                        AuditAction.CREATED, null, null)).stream()
                .filter(entry -> entry.chainPosition() != null)
                .map(AuditEntry::after)
                .map(after -> json.readTree(after).path("digest").asString(null))
                .findFirst().orElse(null);
        boolean intact = stored.size() == file.stored() && recomputed.equals(file.digest())
                && file.digest().equals(sealed);
        return new ImportCheck(id, file.stored(), stored.size(), file.digest(), recomputed, sealed, intact,
                ImportedFile.DIGEST_RULE);
    }
}
