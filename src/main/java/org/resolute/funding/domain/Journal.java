package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.resolute.kernel.IdempotencyKeyReused;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.RequestInProgress;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts, reverses and reads the journal. The unique idempotency key, not a look-up before the insert, decides which
 * of two concurrent requests with one key posts; the other rolls back and answers the first posting if it asked
 * the same ({@link KeyedWrites}). A single posting and a batch ({@link JournalBatch}) are written alike, by the
 * {@link PostingWriter}.
 */
@Service
class Journal implements Ledger {

    private final JournalTable table;
    private final JournalChain chain;
    private final Periods periods;
    private final JournalBatch batch;
    private final PostingWriter writer;
    private final ReceiptsAgreement receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeyedWrites keyed;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate savepoint;

    Journal(JournalTable table, JournalChain chain, Periods periods, JournalBatch batch, PostingWriter writer,
            ReceiptsAgreement receipts, KeyedWrites keyed, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.table = table;
        this.receipts = receipts;
        this.keyed = keyed;
        this.batch = batch;
        this.writer = writer;
        this.periods = periods;
        this.chain = chain;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Opens the account in a transaction of its own, or, inside a writer's transaction (a receipt's), within a
     * savepoint of it: a second connection per writer could leave concurrent writers all waiting for the pool.
     */
    @Override
    public void open(Account account) {
        if (table.exists(account.id())) {
            return;
        }
        try {
            (TransactionSynchronizationManager.isActualTransactionActive() ? savepoint : ownTransaction)
                    .executeWithoutResult(status -> {
                        table.insertAccount(account);
                        events.publishEvent(RecordChanged.created("Account", account.id(), account,
                                Marking.MISSION));
                    });
        } catch (DuplicateKeyException openedMeanwhile) {
            // another request opened it between the look-up and the insert: it is open, which is all we need
        }
    }

    @Override
    public PostingResult post(NewPosting posting) {
        return once(posting, "posting", () -> write(posting, null));
    }

    @Override
    public List<PostingResult> postAll(List<NewPosting> postings) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return batch.write(postings);
        }
        try {
            return transaction.execute(status -> batch.write(postings));
        } catch (DuplicateKeyException raced) {
            return postings.stream().map(this::post).toList();
        }
    }

    @Override
    public PostingResult reverse(UUID id, String idempotencyKey, LocalDate valueDate, String reason) {
        Posting original = posting(id);
        LocalDate on = valueDate == null ? original.valueDate() : valueDate;
        String why = reason == null || reason.isBlank() ? "correction" : reason.strip();
        NewPosting reversal = new NewPosting(idempotencyKey, on, "Reversal of " + original.id() + ": " + why,
                original.sourceRef(), original.lines().stream().map(PostingLine::reversed).toList(),
                table.markingOf(id),
                RequestHash.of("reversal").field("posting", id).field("valueDate", on).field("reason", why).value());
        PostingResult result;
        try {
            result = once(reversal, "reversal", () -> {
                if (original.reverses() != null) {
                    throw new InvalidInput("posting", "a reversal is not reversed again; post the movement anew");
                }
                table.reversalOf(id).ifPresent(existing -> {
                    throw new InvalidInput("posting", "posting " + id + " is already reversed by " + existing);
                });
                return write(reversal, id);
            });
        } catch (RequestInProgress raced) {
            throw table.reversalOf(id).<RuntimeException>map(existing -> new InvalidInput("posting", "posting " + id
                    + " is already reversed by " + existing)).orElse(raced);
        }
        if (!id.equals(result.posting().reverses())) {
            throw new IdempotencyKeyReused(idempotencyKey, "posting");
        }
        return result;
    }

    /**
     * Answers the posting stored under the key, or writes one (see {@link KeyedWrites}). Inside a caller's
     * transaction (a receipt's, a movement's) the caller owns the key: the posting is written, and a key used
     * meanwhile fails on the unique key and goes up to the caller, who rolls back and answers its first record.
     */
    private PostingResult once(NewPosting posting, String what, Supplier<Posting> write) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return new PostingResult(write.get(), false);
        }
        Recorded<Posting> recorded = keyed.once(posting.idempotencyKey(), what, posting.requestHash(),
                table::requestHash, key -> table.byKey(key).orElseThrow().posting(), write);
        return new PostingResult(recorded.record(), recorded.replayed());
    }

    private Posting write(NewPosting request, UUID reverses) {
        Posting posting = new Posting(Ids.next(), request.idempotencyKey(), request.valueDate(),
                request.description(), request.sourceRef(), reverses,
                clock.instant().truncatedTo(ChronoUnit.MICROS), Viewers.current().username(), request.lines());
        writer.write(List.of(new PostingWriter.Pending(posting, request)), null);
        return posting;
    }

    @Override
    public Posting posting(UUID id) {
        return table.byId(id).map(JournalTable.StoredPosting::posting)
                .orElseThrow(() -> new NotFound("Posting " + id));
    }

    @Override
    public AccountBalance balance(String account) {
        return table.balance(account).orElseThrow(() -> new NotFound("Account " + account));
    }

    @Override
    public BigDecimal balanceOn(String account, LocalDate valueDate) {
        return table.balanceOn(account, valueDate);
    }

    @Override
    public BigDecimal total(String fund, AccountKind kind, String currency, LocalDate asOf) {
        return table.total(fund, kind, currency, asOf);
    }

    @Override
    public SortedMap<String, BigDecimal> totalsByCurrency(String fund, AccountKind kind, LocalDate asOf) {
        return table.totalsByCurrency(fund, kind, asOf);
    }

    @Override
    public SortedMap<Integer, BigDecimal> totalsByYear(String fund, AccountKind kind, String currency) {
        return table.totalsByYear(fund, kind, currency);
    }

    @Override
    public void close(YearMonth month) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                table.close(month, clock.instant().atOffset(ZoneOffset.UTC), Viewers.current().username());
                events.publishEvent(RecordChanged.saved("ClosedPeriod", month, Map.of("month", month.toString()),
                        Marking.MISSION));
            });
        } catch (DuplicateKeyException alreadyClosed) {
            throw new InvalidInput("month", "the period " + month + " is already closed");
        }
        ownTransaction.executeWithoutResult(status -> {
            periods.lockForClosing(month);
            table.stampClosed(month, clock.instant().atOffset(ZoneOffset.UTC));
        });
    }

    @Override
    public boolean isClosed(YearMonth month) {
        return table.isClosed(month);
    }

    @Override
    public List<String> balanceDiscrepancies() {
        return table.discrepancies();
    }

    @Override
    public JournalVerification verify() {
        return chain.verify().withReceipts(receipts.receipts(), receipts.disagreements());
    }
}
