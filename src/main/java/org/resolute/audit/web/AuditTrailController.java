package org.resolute.audit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditEntry;
import org.resolute.audit.AuditTrail;
import org.resolute.audit.domain.AuditChain;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FilteredPage;

/** The auditor's page: the trail filtered, sorted and paged, its CSV export, and the chain's verification. */
@Controller
@PreAuthorize(Roles.AUDITORS)
class AuditTrailController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditChain chain;
    private final RecordPages pages;

    AuditTrailController(AuditTrail trail, AuditChain chain, RecordPages pages) {
        this.trail = trail;
        this.chain = chain;
        this.pages = pages;
    }

    @GetMapping("/audit")
    String trail(@ModelAttribute("filter") AuditFilterForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        show(form, model, request, response);
        return "audit/trail";
    }

    /** Answers htmx with the result alone; a plain form post gets the whole page with the result on it. */
    @PostMapping("/audit/verification")
    String verify(@ModelAttribute("filter") AuditFilterForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("verification", chain.verify());
        if ("true".equals(htmx)) {
            return "audit/verification :: verification";
        }
        show(form, model, request, response);
        return "audit/trail";
    }

    @GetMapping("/audit/entries.csv")
    ResponseEntity<String> csv(AuditFilterForm form) {
        return CsvDownload.attachment("audit-trail.csv", AuditCsv.of(trail.export(form.toFilter())));
    }

    /** The trail as the filter asks; a filter refused shows no entries, rather than the whole trail unasked. */
    private void show(AuditFilterForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        PageResult<AuditEntry> page = FilteredPage.of(
                () -> trail.entries(form.toFilter(), new PageQuery(form.pageNumber(), PAGE_SIZE, form.sortOrder())),
                () -> new PageResult<>(List.of(), 0, PAGE_SIZE, 0), model, request, response);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages.forViewer(Viewers.current(), trail.deletedAmong(page.items())));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("modules", RecordPages.MODULES);
        model.addAttribute("recordTypes", RecordPages.RECORD_TYPES);
    }
}
