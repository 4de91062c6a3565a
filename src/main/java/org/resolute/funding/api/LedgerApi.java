package org.resolute.funding.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.funding.domain.Account;
import org.resolute.funding.domain.AccountBalance;
import org.resolute.funding.domain.AccountKind;
import org.resolute.funding.domain.JournalVerification;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.Posting;
import org.resolute.funding.domain.PostingResult;
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
import org.resolute.reference.CurrencyCode;
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
 * The journal: fund managers post and reverse (each with an Idempotency-Key; a replay answers 200 with the first
 * posting, a different request under a used key 422), close months; auditors read and verify the chain.
 */
@Tag(name = "Ledger")
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApi {

    private final Ledger ledger;

    LedgerApi(Ledger ledger) {
        this.ledger = ledger;
    }

    @Operation(operationId = "recordPosting", summary = "Record a balanced posting")
    @PostMapping("/postings")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Posting> post(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody PostingRequest request) {
        return answer(ledger.post(request.toNew(IdempotencyKeys.required(key, "a posting"))));
    }

    /** Posts up to 500 postings in one transaction; each line of the batch carries its own idempotency key. */
    @Operation(operationId = "recordPostingBatch", summary = "Record a batch of balanced postings")
    @PostMapping("/postings/batch")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    List<PostingResult> postAll(@RequestBody List<BatchPosting> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > 500) {
            throw new InvalidInput("postings", "a batch holds 1 to 500 postings");
        }
        return ledger.postAll(batch.stream().map(BatchPosting::toNew).toList());
    }

    /** Opens an account of a fund (opening an open account changes nothing). */
    @Operation(operationId = "openLedgerAccount", summary = "Open a ledger account")
    @PostMapping("/accounts")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<AccountBalance> open(@RequestBody AccountRequest request) {
        Account account = request.toAccount();
        ledger.open(account);
        return ResponseEntity.status(HttpStatus.CREATED).body(ledger.balance(account.id()));
    }

    /** Posts the reversal of a posting: every line turned over, on the given value date (default: the original's). */
    @Operation(operationId = "reversePosting", summary = "Reverse a posting")
    @PostMapping("/postings/{id}/reversal")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Posting> reverse(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable UUID id, @RequestBody(required = false) ReversalRequest request) {
        IdempotencyKeys.required(key, "a reversal");
        ReversalRequest reversal = request == null ? new ReversalRequest(null, null) : request;
        return answer(ledger.reverse(id, key, reversal.valueDate(), reversal.reason()));
    }

    @Operation(operationId = "getPosting", summary = "Read a posting with its entries")
    @GetMapping("/postings/{id}")
    @PreAuthorize(Roles.LEDGER_READERS)
    Posting posting(@PathVariable UUID id) {
        return ledger.posting(id);
    }

    @Operation(operationId = "getAccountBalance", summary = "Read a ledger account's balance")
    @GetMapping("/accounts/{id}/balance")
    @PreAuthorize(Roles.LEDGER_READERS)
    AccountBalance balance(@PathVariable String id) {
        return ledger.balance(id);
    }

    /** Closes a month (YYYY-MM): no posting may be dated in it afterwards. */
    @Operation(operationId = "closeLedgerMonth", summary = "Close a month of the ledger to postings")
    @PostMapping("/periods/{month}/close")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    ResponseEntity<Void> close(@PathVariable String month) {
        try {
            ledger.close(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "a month is written YYYY-MM");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "verifyLedger", summary = "Verify the ledger's hash chain and receipts")
    @GetMapping("/verification")
    @PreAuthorize(Roles.AUDITORS)
    JournalVerification verify() {
        return ledger.verify();
    }

    private static ResponseEntity<Posting> answer(PostingResult result) {
        if (result.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(result.posting());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/ledger/postings/" + result.posting().id())).body(result.posting());
    }

    /** A posting of a batch, with its own idempotency key. */
    record BatchPosting(@NotBlank @Size(max = IdempotencyKeys.MAX_LENGTH) String idempotencyKey, LocalDate valueDate,
            @Size(max = 400) String description, @Size(max = 200) String sourceRef,
            @Valid List<PostingRequest.Line> lines) {

        NewPosting toNew() {
            return new PostingRequest(valueDate, description, sourceRef, lines)
                    .toNew(IdempotencyKeys.required(idempotencyKey, "a posting"));
        }
    }

    /** An account to open: fund, kind, party (a donor or project code, or empty), currency, name. */
    record AccountRequest(@Size(max = 10) String fund, AccountKind kind, @Size(max = 40) String party,
            @CurrencyCode String currency, @Size(max = 200) String name) {

        Account toAccount() {
            if (fund == null || !fund.matches("[A-Z0-9]{2,10}") || kind == null || currency == null
                    || !currency.matches("[A-Z]{3}")) {
                throw new InvalidInput("account", "an account needs a fund code, a kind and an ISO 4217 currency");
            }
            String partyCode = party == null ? "" : party;
            if (!partyCode.matches("[A-Za-z0-9-]{0,40}")) {
                throw new InvalidInput("party", "a party is a donor or project code of letters, digits, dashes");
            }
            return Account.of(fund, kind, partyCode, currency, name == null || name.isBlank() ? fund + " " + kind
                    : name.strip());
        }
    }

    /** Why a posting is reversed, and on which value date. */
    record ReversalRequest(LocalDate valueDate, @Size(max = 400) String reason) {
    }
}
