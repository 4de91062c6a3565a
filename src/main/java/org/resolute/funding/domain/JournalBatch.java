package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.resolute.funding.NewPosting;
import org.resolute.funding.Posting;
import org.resolute.funding.PostingLine;
import org.resolute.funding.PostingResult;
import org.resolute.funding.Side;
import org.resolute.kernel.Ids;
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.jdbc.BulkRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of postings set-based, inside the caller's transaction: one look-up of the keys already used,
 * one lock of the batch's months, one look-up of the accounts, the postings and their entries inserted in bulk
 * ({@code COPY} on PostgreSQL), one audit entry for the batch with a digest of its postings (docs/adr/0005), and
 * last, so that their locks are held only until the commit, the balances locked in account-id order and updated
 * once per account. Every rule of a single posting
 * holds: each posting balances (checked when it was made), a key already used is answered as a replay of its
 * first posting, a closed month takes nothing, and the unique key refuses a concurrent duplicate.
 */
@Component
class JournalBatch {

    static final List<String> POSTING_COLUMNS = List.of("id", "idempotency_key", "fingerprint", "value_date",
            "description", "source_ref", "posted_at", "posted_by", "batch_id", "request_hash");
    static final List<String> ENTRY_COLUMNS = List.of("posting_id", "line", "account_id", "side", "amount",
            "currency", "value_date", "classification", "releasable_to");

    private final JournalTable table;
    private final Periods periods;
    private final BulkRows bulk;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JournalBatch(JournalTable table, Periods periods, BulkRows bulk, ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.periods = periods;
        this.bulk = bulk;
        this.events = events;
        this.clock = clock;
    }

    /** Posts the batch; must run inside a transaction, which a refused posting rolls back whole. */
    List<PostingResult> write(List<NewPosting> postings) {
        Map<String, KeyedWrites.Stored> used = table.requestHashes(postings.stream()
                .map(NewPosting::idempotencyKey).toList());
        Map<String, Posting> fresh = new LinkedHashMap<>();
        Map<String, String> freshPrints = new HashMap<>();
        Map<String, Marking> markings = new HashMap<>();
        Map<String, String> freshHashes = new HashMap<>();
        UUID batch = Ids.next();
        var postedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String postedBy = Viewers.current().username();
        List<PostingResult> results = new ArrayList<>(postings.size());
        for (NewPosting request : postings) {
            String key = request.idempotencyKey();
            boolean stored = used.containsKey(key);
            if (stored || freshHashes.containsKey(key)) {
                IdempotencyKeys.sameRequest(key, "posting", stored ? used.get(key).requestHash()
                        : freshHashes.get(key), request.requestHash());
                results.add(new PostingResult(fresh.containsKey(key) ? fresh.get(key)
                        : table.byKey(key).orElseThrow().posting(), true));
                continue;
            }
            Posting posting = new Posting(Ids.next(), key, request.valueDate(), request.description(),
                    request.sourceRef(), null, postedAt, postedBy, request.lines());
            fresh.put(key, posting);
            freshPrints.put(key, request.fingerprint());
            freshHashes.put(key, request.requestHash());
            markings.put(key, request.marking());
            results.add(new PostingResult(posting, false));
        }
        if (!fresh.isEmpty()) {
            store(batch, List.copyOf(fresh.values()), freshPrints, freshHashes, markings);
        }
        return results;
    }

    private void store(UUID batch, List<Posting> postings, Map<String, String> prints, Map<String, String> hashes,
            Map<String, Marking> markings) {
        SortedSet<YearMonth> closed = periods.lockForPosting(postings.stream()
                .map(posting -> YearMonth.from(posting.valueDate())).toList());
        if (!closed.isEmpty()) {
            throw new InvalidInput("valueDate", "the period " + closed.first() + " is closed; post into an open month");
        }
        List<PostingLine> lines = postings.stream().flatMap(posting -> posting.lines().stream()).toList();
        Journal.checkAccounts(table, lines);
        TreeMap<String, BigDecimal> deltas = new TreeMap<>();
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (PostingLine line : lines) {
            BigDecimal amount = line.amount().amount();
            deltas.merge(line.account(), line.side() == Side.DEBIT ? amount : amount.negate(), BigDecimal::add);
            counts.merge(line.account(), 1, Integer::sum);
        }
        List<Object[]> headers = new ArrayList<>(postings.size());
        List<Object[]> entries = new ArrayList<>(lines.size());
        for (Posting posting : postings) {
            headers.add(new Object[] {posting.id(), posting.idempotencyKey(), prints.get(posting.idempotencyKey()),
                    posting.valueDate(), posting.description(), posting.sourceRef(), posting.postedAt(),
                    posting.postedBy(), batch, hashes.get(posting.idempotencyKey())});
            int number = 0;
            Marking marking = markings.get(posting.idempotencyKey());
            for (PostingLine line : posting.lines()) {
                entries.add(new Object[] {posting.id(), ++number, line.account(), line.side().name(),
                        line.amount().amount(), line.amount().currencyCode(), posting.valueDate(),
                        marking.classification().name(), marking.releasabilityText()});
            }
        }
        bulk.insert("funding_posting", POSTING_COLUMNS, headers);
        bulk.insert("funding_entry", ENTRY_COLUMNS, entries);
        events.publishEvent(RecordChanged.created("PostingBatch", batch, new Summary(batch, postings.size(),
                lines.size(), postings.get(0).id(), postings.get(postings.size() - 1).id(), digest(postings, prints)),
                Marking.MISSION));
        table.lockBalances(new TreeSet<>(deltas.keySet()));
        table.addToBalances(deltas, counts);
    }

    /**
     * SHA-256 (hex) over the batch's postings in order, each as {@code id|fingerprint\n}: the fingerprint fixes
     * the posting's date, description, source and lines.
     */
    static String digest(List<Posting> postings, Map<String, String> prints) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Posting posting : postings) {
                sha.update((posting.id() + "|" + prints.get(posting.idempotencyKey()) + "\n")
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
