package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.Sha256;

/**
 * A movement to write to the journal. It is refused unless its debits equal its credits in every currency.
 *
 * @param idempotencyKey the caller's key: sent again, the first posting is answered and nothing is written
 * @param sourceRef what the movement records (a receipt, an allocation), opaque to the ledger
 * @param marking the marking of the record it books, carried by each entry: a figure read from the journal counts
 *        an entry only for a viewer who may see that record
 * @param requestHash what the request behind the key asked ({@link RequestHash}), stored with the key: by default
 *        the posting's own canonical form; a receipt or movement gives its own, since what it posts depends on
 *        more than was asked (its new record's id)
 */
public record NewPosting(String idempotencyKey, LocalDate valueDate, String description, String sourceRef,
        List<PostingLine> lines, Marking marking, String requestHash) {

    public static final int MAX_KEY_LENGTH = 200;

    /** A posting of the ledger's own, booking no marked record (entered through the ledger API): MISSION. */
    public NewPosting(String idempotencyKey, LocalDate valueDate, String description, String sourceRef,
            List<PostingLine> lines) {
        this(idempotencyKey, valueDate, description, sourceRef, lines, Marking.MISSION, null);
    }

    public NewPosting {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInput("Idempotency-Key", "a posting needs an Idempotency-Key");
        }
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "the Idempotency-Key is longer than " + MAX_KEY_LENGTH
                    + " characters");
        }
        if (valueDate == null) {
            throw new InvalidInput("valueDate", "a posting needs a value date");
        }
        description = description == null ? "" : description.strip();
        if (description.isEmpty() || description.length() > 400) {
            throw new InvalidInput("description", "a posting needs a description of at most 400 characters");
        }
        sourceRef = sourceRef == null ? "" : sourceRef;
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (lines.size() < 2) {
            throw new InvalidInput("lines", "a posting needs at least two lines");
        }
        Map<String, BigDecimal> open = imbalance(lines);
        if (!open.isEmpty()) {
            throw new InvalidInput("lines", "debits and credits differ: " + open);
        }
        marking = marking == null ? Marking.MISSION : marking;
        if (requestHash == null) {
            RequestHash asked = RequestHash.of("posting").field("valueDate", valueDate)
                    .field("description", description).field("sourceRef", sourceRef);
            for (PostingLine line : lines) {
                asked.field("account", line.account()).field("side", line.side()).field("amount", line.amount());
            }
            requestHash = asked.value();
        }
    }

    /** A posting booking a record of the given marking, asked for by the posting itself. */
    public NewPosting(String idempotencyKey, LocalDate valueDate, String description, String sourceRef,
            List<PostingLine> lines, Marking marking) {
        this(idempotencyKey, valueDate, description, sourceRef, lines, marking, null);
    }

    /** The same posting, asked for by a request with the given hash. */
    public NewPosting askedAs(String hash) {
        return new NewPosting(idempotencyKey, valueDate, description, sourceRef, lines, marking, hash);
    }

    /** Debits minus credits per currency, leaving out the currencies that balance. */
    static Map<String, BigDecimal> imbalance(List<PostingLine> lines) {
        Map<String, BigDecimal> net = new TreeMap<>();
        for (PostingLine line : lines) {
            BigDecimal signed = line.side() == Side.DEBIT ? line.amount().amount() : line.amount().amount().negate();
            net.merge(line.amount().currencyCode(), signed, BigDecimal::add);
        }
        net.values().removeIf(value -> value.signum() == 0);
        return net;
    }

    /** A digest of what is posted (not of the key), to tell a true replay from a key used for something else. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(valueDate.toString()).append('|').append(description.length())
                .append(':').append(description).append('|').append(sourceRef.length()).append(':')
                .append(sourceRef);
        for (PostingLine line : lines) {
            text.append('|').append(line.account().length()).append(':').append(line.account()).append(',')
                    .append(line.side()).append(',').append(line.amount().amount().toPlainString()).append(',')
                    .append(line.amount().currencyCode());
        }
        return Sha256.hex(text.toString());
    }
}
