package org.resolute.funding.api;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.PublicFund;
import org.resolute.kernel.web.api.AsOfParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funds' public figures, for anyone, without signing in. */
@Tag(name = "Funding")
@RestController
class PublicFundsApi {

    private final FundReports reports;
    private final Clock clock;

    PublicFundsApi(FundReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Each fund's contributions received since it began, up to asOf (default today), from its books. */
    @Operation(operationId = "listPublicFunds", summary = "List the public totals of the trust funds")
    @GetMapping("/api/v1/public/funds")
    List<PublicFund> funds(AsOfParameter asOf) {
        return reports.publicTotals(asOf.orToday(clock));
    }
}
