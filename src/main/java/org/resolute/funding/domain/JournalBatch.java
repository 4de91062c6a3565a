package org.resolute.funding.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Component;

/**
 * Prepares a batch of postings for the {@link PostingWriter}, inside the caller's transaction: one look-up of the
 * keys already used answers each of them as a replay of its first posting (a key used twice in the batch too), and
 * the rest go to the writer at once, set-based. Every rule of a single posting holds: each posting balances
 * (checked when it was made), a closed month takes nothing, and the unique key refuses a concurrent duplicate.
 */
@Component
class JournalBatch {

    private final JournalTable table;
    private final PostingWriter writer;
    private final Clock clock;

    JournalBatch(JournalTable table, PostingWriter writer, Clock clock) {
        this.table = table;
        this.writer = writer;
        this.clock = clock;
    }

    /** Posts the batch; must run inside a transaction, which a refused posting rolls back whole. */
    List<PostingResult> write(List<NewPosting> postings) {
        Map<String, KeyedWrites.Stored> used = table.requestHashes(postings.stream()
                .map(NewPosting::idempotencyKey).toList());
        Map<String, PostingWriter.Pending> fresh = new LinkedHashMap<>();
        var postedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String postedBy = Viewers.current().username();
        List<PostingResult> results = new ArrayList<>(postings.size());
        for (NewPosting request : postings) {
            String key = request.idempotencyKey();
            boolean stored = used.containsKey(key);
            if (stored || fresh.containsKey(key)) {
                IdempotencyKeys.sameRequest(key, "posting", stored ? used.get(key).requestHash()
                        : fresh.get(key).requestHash(), request.requestHash());
                results.add(new PostingResult(fresh.containsKey(key) ? fresh.get(key).posting()
                        : table.byKey(key).orElseThrow().posting(), true));
                continue;
            }
            Posting posting = new Posting(Ids.next(), key, request.valueDate(), request.description(),
                    request.sourceRef(), null, postedAt, postedBy, request.lines());
            fresh.put(key, new PostingWriter.Pending(posting, request));
            results.add(new PostingResult(posting, false));
        }
        if (!fresh.isEmpty()) {
            writer.write(List.copyOf(fresh.values()), Ids.next());
        }
        return results;
    }
}
