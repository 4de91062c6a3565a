package org.resolute.force.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.force.domain.ImportCheck;
import org.resolute.force.domain.ImportedFile;
import org.resolute.force.domain.ImportedFiles;
import org.resolute.kernel.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The imports that stored strength reports, and their check against the reports and the sealed audit trail. */
@Tag(name = "Force")
@RestController
@RequestMapping("/api/v1/strength-imports")
class StrengthImportApi {

    private final ImportedFiles files;

    StrengthImportApi(ImportedFiles files) {
        this.files = files;
    }

    @Operation(operationId = "getStrengthImport", summary = "Read a strength import")
    @GetMapping("/{id}")
    ImportedFile find(@PathVariable UUID id) {
        return files.find(id).orElseThrow(() -> new NotFound("import " + id));
    }

    /** Recomputes the digest of the import's reports and compares it with the kept and the sealed one. */
    @Operation(operationId = "verifyStrengthImport", summary = "Verify the digest of a strength import")
    @GetMapping("/{id}/verification")
    ImportCheck verify(@PathVariable UUID id) {
        return files.check(id);
    }
}
