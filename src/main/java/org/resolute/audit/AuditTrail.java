package org.resolute.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.resolute.audit.domain.AuditEntries;
import org.resolute.audit.domain.AuditChain;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The audit trail as other code sees it. Lists, exports and counts show the current viewer only entries about
 * records the viewer may see.
 */
@NamedInterface("api")
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final AuditChain chain;

    AuditTrail(AuditEntries entries, AuditChain chain) {
        this.entries = entries;
        this.chain = chain;
    }

    public PageResult<AuditEntry> entries(AuditFilter filter, PageQuery page) {
        return entries.page(filter, page);
    }

    /** Every visible entry that matches, newest first. */
    public List<AuditEntry> export(AuditFilter filter) {
        return entries.list(filter);
    }

    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    /** Which of the records these entries are about were deleted since, each as "type/id". */
    public Set<String> deletedAmong(Collection<AuditEntry> shown) {
        return entries.deletedAmong(shown);
    }

    /** Visible entries written but not yet sealed into the chain. */
    public long countUnsealed() {
        return entries.countUnsealed();
    }

    /** Seals what is pending now rather than at the next scheduled run; returns how many entries it sealed. */
    public long sealPending() {
        return chain.sealPending();
    }
}
