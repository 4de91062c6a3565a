package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.jdbc.BulkRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one writer of postings, for a single posting (an API call's, a receipt's, a reversal) and for a batch
 * alike, inside the caller's transaction: it locks the postings' months and refuses a closed one, refuses a line on
 * an account that does not exist or is kept in another currency, inserts the postings and their entries (a batch's
 * in bulk, by {@code COPY} on PostgreSQL; a single posting's by two batched INSERTs, fewer round trips for so few
 * rows), records them in the audit trail (a batch as one entry with a digest of its postings, docs/adr/0005), and
 * last, so that their row locks are held only until the commit that follows, adds to the kept balances once per
 * account in account-id order, so two writers never wait on each other in a circle.
 */
@Component
class PostingWriter {

    static final List<String> POSTING_COLUMNS = List.of("id", "idempotency_key", "fingerprint", "value_date",
            "description", "source_ref", "reverses", "posted_at", "posted_by", "batch_id", "request_hash");
    static final List<String> ENTRY_COLUMNS = List.of("posting_id", "line", "account_id", "side", "amount",
            "currency", "value_date", "classification", "releasable_to");

    private final JournalTable table;
    private final Periods periods;
    private final BulkRows bulk;
    private final ApplicationEventPublisher events;

    PostingWriter(JournalTable table, Periods periods, BulkRows bulk, ApplicationEventPublisher events) {
        this.table = table;
        this.periods = periods;
        this.bulk = bulk;
        this.events = events;
    }

    /** A posting about to be written, with what the journal keeps beside it from its request. */
    record Pending(Posting posting, String fingerprint, Marking marking, String requestHash) {

        Pending(Posting posting, NewPosting request) {
            this(posting, request.fingerprint(), request.marking(), request.requestHash());
        }
    }

    /**
     * Writes the postings; a refused one refuses them all (the caller's transaction rolls back). Without a batch
     * id each posting is audited on its own; with one, the batch is audited once.
     */
    void write(List<Pending> postings, @Nullable UUID batch) {
        SortedSet<YearMonth> closed = periods.lockForPosting(postings.stream()
                .map(pending -> YearMonth.from(pending.posting().valueDate())).toList());
        if (!closed.isEmpty()) {
            throw new InvalidInput("valueDate", "the period " + closed.first() + " is closed; post into an open month");
        }
        List<PostingLine> lines = postings.stream().flatMap(pending -> pending.posting().lines().stream()).toList();
        checkAccounts(lines);
        TreeMap<String, BigDecimal> deltas = new TreeMap<>();
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (PostingLine line : lines) {
            BigDecimal amount = line.amount().amount();
            deltas.merge(line.account(), line.side() == Side.DEBIT ? amount : amount.negate(), BigDecimal::add);
            counts.merge(line.account(), 1, Integer::sum);
        }
        insert(postings, batch, lines.size());
        if (batch == null) {
            postings.forEach(pending -> events.publishEvent(RecordChanged.created("Posting", pending.posting().id(),
                    pending.posting(), Marking.MISSION)));
        } else {
            events.publishEvent(RecordChanged.created("PostingBatch", batch, new Summary(batch, postings.size(),
                    lines.size(), postings.get(0).posting().id(), postings.get(postings.size() - 1).posting().id(),
                    digest(postings)), Marking.MISSION));
            table.lockBalances(new TreeSet<>(deltas.keySet()));
        }
        table.addToBalances(deltas, counts);
    }

    private void insert(List<Pending> postings, @Nullable UUID batch, int lineCount) {
        List<Object[]> headers = new ArrayList<>(postings.size());
        List<Object[]> entries = new ArrayList<>(lineCount);
        for (Pending pending : postings) {
            Posting posting = pending.posting();
            headers.add(new Object[] {posting.id(), posting.idempotencyKey(), pending.fingerprint(),
                    posting.valueDate(), posting.description(), posting.sourceRef(), posting.reverses(),
                    posting.postedAt(), posting.postedBy(), batch, pending.requestHash()});
            int number = 0;
            for (PostingLine line : posting.lines()) {
                entries.add(new Object[] {posting.id(), ++number, line.account(), line.side().name(),
                        line.amount().amount(), line.amount().currencyCode(), posting.valueDate(),
                        pending.marking().classification().name(), pending.marking().releasabilityText()});
            }
        }
        if (batch == null) {
            bulk.insertFew("funding_posting", POSTING_COLUMNS, headers);
            bulk.insertFew("funding_entry", ENTRY_COLUMNS, entries);
        } else {
            bulk.insert("funding_posting", POSTING_COLUMNS, headers);
            bulk.insert("funding_entry", ENTRY_COLUMNS, entries);
        }
    }

    /** Refuses a line on an account that does not exist or is kept in another currency. */
    private void checkAccounts(List<PostingLine> lines) {
        Set<String> ids = lines.stream().map(PostingLine::account).collect(Collectors.toSet());
        Map<String, String> currencies = table.currencies(ids);
        for (PostingLine line : lines) {
            String currency = currencies.get(line.account());
            if (currency == null) {
                throw new InvalidInput("lines", "there is no account " + line.account());
            }
            if (!currency.equals(line.amount().currencyCode())) {
                throw new InvalidInput("lines", "account " + line.account() + " is kept in " + currency + ", not "
                        + line.amount().currencyCode());
            }
        }
    }

    /**
     * SHA-256 (hex) over the batch's postings in order, each as {@code id|fingerprint\n}: the fingerprint fixes
     * the posting's date, description, source and lines.
     */
    static String digest(List<Pending> postings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Pending pending : postings) {
                sha.update((pending.posting().id() + "|" + pending.fingerprint() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** What the audit trail records of a batch: its size, its first and last posting, and their digest. */
    record Summary(UUID batch, int postings, int entries, UUID firstPosting, UUID lastPosting, String digest) {
    }
}
