package org.resolute.audit.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditEntry;
import org.resolute.audit.AuditFilter;
import org.resolute.audit.AuditTrail;
import org.resolute.audit.domain.AuditChain;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail for auditors' tools: the entries they may see, and the chain's verification. */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize(Roles.AUDITORS)
class AuditApi {

    private final AuditTrail trail;
    private final AuditChain chain;
    private final JsonMapper json;

    AuditApi(AuditTrail trail, AuditChain chain, JsonMapper json) {
        this.trail = trail;
        this.chain = chain;
        this.json = json;
    }

    /** Entries newest first unless sorted by {@code occurredAt}, {@code actor} or {@code module}. */
    @Operation(operationId = "listAuditEntries", summary = "List audit trail entries")
    @GetMapping("/entries")
    PageResult<AuditEntryResponse> entries(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String module, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId, @RequestParam(required = false)
            @Parameter(schema = @Schema(implementation = AuditAction.class)) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @PageParameters PageQuery page) {
        AuditFilter filter = new AuditFilter(actor, module, recordType, recordId, AuditAction.parse(action), from,
                to);
        return trail.entries(filter, page).map(this::response);
    }

    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail's hash chain")
    @GetMapping("/verification")
    ChainVerificationResponse verification() {
        return ChainVerificationResponse.of(chain.verify());
    }

    private AuditEntryResponse response(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.actor(), entry.module(),
                entry.recordType(), entry.recordId(), entry.action(), state(entry.before()), state(entry.after()),
                entry.marking().classification().name(), List.copyOf(entry.marking().releasableTo()),
                entry.chainPosition());
    }

    private JsonNode state(String text) {
        return text == null ? null : json.readTree(text);
    }
}
