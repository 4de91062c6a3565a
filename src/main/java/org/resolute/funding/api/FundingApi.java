package org.resolute.funding.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.funding.Fund;
import org.resolute.funding.api.FundingRequests.BoardMeetingRequest;
import org.resolute.funding.api.FundingRequests.Confirmation;
import org.resolute.funding.api.FundingRequests.DonorRequest;
import org.resolute.funding.api.FundingRequests.PledgeRequest;
import org.resolute.funding.domain.BoardMeeting;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.ExchangeRate;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Pledges;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funds, donors, Board meetings and pledges. Signed-in staff read (a donor's representative sees only what is
 * public or released to their nation); fund managers record.
 */
@Tag(name = "Funding")
@RestController
@RequestMapping("/api/v1")
class FundingApi {

    private final FundBook register;
    private final Pledges pledges;

    FundingApi(FundBook register, Pledges pledges) {
        this.register = register;
        this.pledges = pledges;
    }

    @Operation(operationId = "listFunds", summary = "List the trust funds")
    @GetMapping("/funds")
    List<Fund> funds() {
        return register.funds();
    }

    @Operation(operationId = "getFund", summary = "Read a trust fund")
    @GetMapping("/funds/{code}")
    Fund fund(@PathVariable String code) {
        return register.fund(code);
    }

    @Operation(operationId = "listDonors", summary = "List donors")
    @GetMapping("/donors")
    List<Donor> donors() {
        return register.donors();
    }

    @Operation(operationId = "addDonor", summary = "Add a donor")
    @PostMapping("/donors")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Donor> addDonor(@RequestBody DonorRequest request) {
        return created(register.addDonor(request.toDonor()), donor -> "/api/v1/donors/" + donor.code());
    }

    @Operation(operationId = "listBoardMeetings", summary = "List a fund's Board meetings")
    @GetMapping("/funds/{code}/board-meetings")
    List<BoardMeeting> boardMeetings(@PathVariable String code) {
        return register.boardMeetings(code);
    }

    @Operation(operationId = "recordBoardMeeting", summary = "Record a Board meeting of a fund")
    @PostMapping("/funds/{code}/board-meetings")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<BoardMeeting> recordBoardMeeting(@PathVariable String code,
            @RequestBody BoardMeetingRequest request) {
        return created(register.recordBoardMeeting(code, request.heldOn(), request.title(), request.source()),
                meeting -> "/api/v1/board-meetings/" + meeting.id());
    }

    /** A Board meeting with the pledges it confirmed that the viewer may see. */
    @Operation(operationId = "getBoardMeeting", summary = "Read a Board meeting with its confirmed pledges")
    @GetMapping("/board-meetings/{id}")
    MeetingDetail boardMeeting(@PathVariable UUID id) {
        return new MeetingDetail(register.boardMeeting(id), pledges.confirmedAt(id));
    }

    @Operation(operationId = "listPledges", summary = "List pledges")
    @GetMapping("/pledges")
    PageResult<Pledge> pledges(ContributionQuery query, @PageParameters PageQuery page) {
        return pledges.search(query.filter(), page);
    }

    @Operation(operationId = "getPledge", summary = "Read a pledge")
    @GetMapping("/pledges/{id}")
    Pledge pledge(@PathVariable UUID id) {
        return pledges.get(id);
    }

    @Operation(operationId = "announcePledge", summary = "Announce a pledge")
    @PostMapping("/pledges")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Pledge> announce(@RequestBody PledgeRequest request) {
        return created(pledges.announce(request.toNew()), pledge -> "/api/v1/pledges/" + pledge.id());
    }

    @Operation(operationId = "confirmPledge", summary = "Confirm a pledge")
    @PostMapping("/pledges/{id}/confirmation")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    Pledge confirm(@PathVariable UUID id, @RequestBody Confirmation confirmation) {
        return pledges.confirm(id, confirmation.boardMeeting());
    }

    @Operation(operationId = "cancelPledge", summary = "Cancel a pledge")
    @PostMapping("/pledges/{id}/cancellation")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    Pledge cancel(@PathVariable UUID id) {
        return pledges.cancel(id);
    }

    @Operation(operationId = "listExchangeRates", summary = "List exchange rates with their sources")
    @GetMapping("/exchange-rates")
    List<ExchangeRate> rates(@RequestParam(defaultValue = "") String currency) {
        return register.rates(currency.toUpperCase(Locale.ROOT));
    }

    /** 201 with the record just stored and the address to read it at (the document reads the answer from here). */
    private static <T> ResponseEntity<T> created(T record, Function<T, String> location) {
        return ResponseEntity.created(URI.create(location.apply(record))).body(record);
    }

    /** A Board meeting and the pledges it confirmed. */
    record MeetingDetail(BoardMeeting meeting, List<Pledge> confirmedPledges) {
    }
}
