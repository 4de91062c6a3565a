package org.resolute.funding.api;

import java.io.StringReader;

import org.resolute.funding.Iati;
import org.resolute.funding.IatiImport;
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
@RestController
class IatiApi {

    private final Iati iati;

    IatiApi(Iati iati) {
        this.iati = iati;
    }

    @GetMapping(path = "/api/v1/funds/{code}/iati", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> export(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.export(code));
    }

    /** Imports an IATI activity file (2.01-2.03) as incoming pledges, commitments and receipts; all or nothing. */
    @PostMapping(path = "/api/v1/iati/import", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @PreAuthorize(LedgerApi.FUND_MANAGER)
    IatiImport importActivities(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody String xml) {
        return iati.importActivities(key, new StringReader(xml));
    }
}
