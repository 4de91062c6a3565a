package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * The double-entry journal every movement of money is written to. A posting balances per currency, never
 * changes (a correction is a reversal), and carries an idempotency key: sent again it answers the first posting
 * and writes nothing. Every account's kept balance equals the sum of its entries. Closed months take no postings.
 */
public interface Ledger {

    /** Opens the account if it is not open yet; opening an open account changes nothing. */
    void open(Account account);

    PostingResult post(NewPosting posting);

    /**
     * Posts a batch set-based in one transaction (the caller's, if there is one), each posting under its own key;
     * a key already used is answered as a replay. The batch is audited as one change with a digest of its
     * postings. If a concurrent request takes one of the keys meanwhile, the batch is posted one by one instead.
     */
    List<PostingResult> postAll(List<NewPosting> postings);

    /** Posts the reversal of a posting (every line turned over), once; the key makes the request replayable. */
    PostingResult reverse(UUID posting, String idempotencyKey, LocalDate valueDate, String reason);

    Posting posting(UUID id);

    AccountBalance balance(String account);

    /**
     * An account's balance from its entries themselves, on or before a value date, over every entry: the ledger's
     * own read, for its readers (fund managers, auditors); the reports' figures come from {@link #total} and its kin,
     * which count only the entries the viewer may see.
     */
    BigDecimal balanceOn(String account, LocalDate valueDate);

    /**
     * Debits minus credits over every account of a fund's kind in a currency, on or before a value date, over the
     * entries the current viewer may see: each entry carries the marking of the record it books.
     */
    BigDecimal total(String fund, AccountKind kind, String currency, LocalDate asOf);

    /** The same total per currency, for each currency in which the viewer may see an entry of that kind. */
    SortedMap<String, BigDecimal> totalsByCurrency(String fund, AccountKind kind, LocalDate asOf);

    /** The same total by value-date year, over the entries the viewer may see. */
    SortedMap<Integer, BigDecimal> totalsByYear(String fund, AccountKind kind, String currency);

    /**
     * Closes a month: postings that start afterwards are refused; the postings in flight finish first, and the
     * month counts as closed from the moment they have.
     */
    void close(YearMonth month);

    boolean isClosed(YearMonth month);

    /** Accounts whose kept balance differs from the sum of their entries; empty when the books hold. */
    List<String> balanceDiscrepancies();

    /** Seals what is committed and recomputes the chain from its first entry. */
    JournalVerification verify();
}
