package org.resolute.funding.api;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.funding.domain.Iati;
import org.resolute.funding.domain.IatiImport;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.AsOfParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** IATI 2.03: a fund's activity file (public: the records the caller may see), and imports for fund managers. */
@Tag(name = "Funding")
@RestController
class IatiApi {

    private final Iati iati;
    private final Clock clock;

    IatiApi(Iati iati, Clock clock) {
        this.iati = iati;
        this.clock = clock;
    }

    /** The fund's activity as of a date (default today): its incoming funds add up to the public figure then. */
    @Operation(operationId = "exportFundIati", summary = "Export a fund's activities as IATI 2.03 XML")
    @GetMapping(path = "/api/v1/funds/{code}/iati", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> export(@PathVariable String code, AsOfParameter asOf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.export(code, asOf.orToday(clock)));
    }

    /**
     * Imports an IATI activity file (2.01-2.03) as incoming pledges, commitments and receipts; all or nothing. The
     * body is read as bytes, so the file's own declaration (or byte-order mark) gives its encoding.
     */
    @Operation(operationId = "importIatiActivities", summary = "Import IATI activities as pledges and receipts")
    @PostMapping(path = "/api/v1/iati/import", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    IatiImport importActivities(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody @Schema(type = "string", format = "binary", description = "the IATI activity file as is")
            byte[] xml) {
        return iati.importActivities(key, new ByteArrayInputStream(xml));
    }
}
