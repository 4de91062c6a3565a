package org.resolute.funding.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.funding.api.FundingRequests.MovementRequest;
import org.resolute.funding.api.FundingRequests.ReceiptRequest;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.FundStatus;
import org.resolute.funding.domain.HostCommitmentYear;
import org.resolute.funding.domain.Movement;
import org.resolute.funding.domain.Movements;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.Receipts;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.funding.domain.Recorded;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.AsOfParameter;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts, allocations, disbursements and expenditure (each POST with an Idempotency-Key: a replay answers 200
 * with the first record, a different request under a used key 422) and the reports on them: reconciliation, fund
 * status, the host government's commitment.
 */
@Tag(name = "Funding")
@RestController
@RequestMapping("/api/v1")
class MoneyApi {

    private final Receipts receipts;
    private final Movements movements;
    private final FundReports reports;
    private final Clock clock;

    MoneyApi(Receipts receipts, Movements movements, FundReports reports, Clock clock) {
        this.receipts = receipts;
        this.movements = movements;
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(operationId = "listReceipts", summary = "List receipts")
    @GetMapping("/receipts")
    PageResult<Receipt> receipts(ContributionQuery query, @PageParameters PageQuery page) {
        return receipts.search(query.filter(), page);
    }

    @Operation(operationId = "recordReceipt", summary = "Record a receipt")
    @PostMapping("/receipts")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Receipt> record(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ReceiptRequest request) {
        return answer(receipts.record(request.toNew(key)), "/api/v1/receipts");
    }

    @Operation(operationId = "listFundMovements", summary = "List a fund's movements of money")
    @GetMapping("/funds/{code}/movements")
    List<Movement> movements(@PathVariable String code) {
        return movements.list(code.toUpperCase(Locale.ROOT));
    }

    @Operation(operationId = "recordMovement", summary = "Record a movement of a fund's money")
    @PostMapping("/movements")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Movement> record(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody MovementRequest request) {
        return answer(movements.record(request.toNew(key)), "/api/v1/movements");
    }

    /** Pledged, confirmed, received (original currencies and USD), shortfall and FX difference per donor, fund, year. */
    @Operation(operationId = "getReconciliation", summary = "Reconcile pledges with receipts per donor, fund and year")
    @GetMapping("/reconciliation")
    List<ReconciliationLine> reconciliation(ContributionQuery query) {
        return reports.reconcile(query.filter());
    }

    @Operation(operationId = "getFundStatus", summary = "Read a fund's status with its cash per currency")
    @GetMapping("/funds/{code}/status")
    FundStatus status(@PathVariable String code, AsOfParameter asOf) {
        return reports.status(code, asOf.orToday(clock));
    }

    @Operation(operationId = "getContributionsByYear", summary = "Read a fund's contributions by year")
    @GetMapping("/funds/{code}/contributions-by-year")
    SortedMap<Integer, BigDecimal> contributionsByYear(@PathVariable String code) {
        return reports.contributionsByYear(code);
    }

    @Operation(operationId = "getHostCommitment", summary = "Read the host government's commitment by year")
    @GetMapping("/host-commitment")
    List<HostCommitmentYear> hostCommitment() {
        return reports.hostCommitment();
    }

    private static <T> ResponseEntity<T> answer(Recorded<T> recorded, String path) {
        if (recorded.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(recorded.record());
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(path)).body(recorded.record());
    }
}
