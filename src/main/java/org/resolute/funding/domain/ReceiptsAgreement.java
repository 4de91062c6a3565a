package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Receipts and the journal are one truth: reconciliation and the IATI export read the receipts, fund status and
 * the public totals read the journal. Per receipt, its posting exists, is not reversed, is dated the receipt's value
 * date, banks the receipt's amount in its currency and credits the donor's contribution with its US dollar value,
 * to the cent; and every receipt posting still has its receipt. Checked on every write of a receipt and in the
 * auditor's verification.
 */
@Component
class ReceiptsAgreement {

    private static final String COMPARED = """
            SELECT r.id, r.posting_id, r.amount, r.currency, r.usd_amount, r.value_date,
                   p.id AS posted, p.value_date AS posted_on,
                   (SELECT x.id FROM funding_posting x WHERE x.reverses = r.posting_id) AS reversal,
                   (SELECT SUM(e.amount) FROM funding_entry e WHERE e.posting_id = r.posting_id AND e.side = 'DEBIT'
                       AND e.account_id = r.fund || ':BANK:' || r.currency) AS banked,
                   (SELECT SUM(e.amount) FROM funding_entry e WHERE e.posting_id = r.posting_id AND e.side = 'CREDIT'
                       AND e.account_id = r.fund || ':CONTRIBUTION:' || r.donor || ':USD') AS contributed
            FROM funding_receipt r LEFT JOIN funding_posting p ON p.id = r.posting_id
            """;

    /** Receipts compared per statement on a write: well below the databases' limits on parameters. */
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    ReceiptsAgreement(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every receipt against its posting, and every receipt posting against its receipt. */
    List<ReceiptDisagreement> disagreements() {
        List<ReceiptDisagreement> found = compare(COMPARED + " ORDER BY r.value_date, r.id", Map.of());
        jdbc.query("""
                SELECT p.id, p.source_ref FROM funding_posting p
                WHERE p.source_ref LIKE 'Receipt:%' AND p.reverses IS NULL
                  AND NOT EXISTS (SELECT 1 FROM funding_receipt r WHERE r.posting_id = p.id)
                ORDER BY p.value_date, p.id
                """, Map.of(), (row, n) -> found.add(new ReceiptDisagreement(receiptOf(row.getString("source_ref")),
                row.getObject("id", UUID.class), "the journal holds the receipt's posting, the receipts table has no "
                        + "receipt for it")));
        return found;
    }

    long receipts() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM funding_receipt", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /** Refuses to let a write commit receipts that disagree with their postings: a defect, not bad input. */
    void check(Collection<UUID> receipts) {
        List<UUID> ids = List.copyOf(receipts);
        List<ReceiptDisagreement> found = new ArrayList<>();
        for (int from = 0; from < ids.size() && found.isEmpty(); from += CHUNK) {
            found.addAll(compare(COMPARED + " WHERE r.id IN (:ids)", new MapSqlParameterSource("ids",
                    ids.subList(from, Math.min(ids.size(), from + CHUNK))).getValues()));
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("receipt " + found.get(0).receipt() + " disagrees with the journal: "
                    + found.get(0).problem());
        }
    }

    private List<ReceiptDisagreement> compare(String sql, Map<String, ?> parameters) {
        List<ReceiptDisagreement> found = new ArrayList<>();
        jdbc.query(sql, parameters, row -> {
            UUID receipt = row.getObject("id", UUID.class);
            UUID posting = row.getObject("posting_id", UUID.class);
            String currency = row.getString("currency").strip();
            List<String> problems = new ArrayList<>();
            if (row.getObject("posted", UUID.class) == null) {
                problems.add("its posting is missing from the journal");
            } else {
                if (row.getObject("reversal", UUID.class) != null) {
                    problems.add("its posting was reversed by " + row.getObject("reversal", UUID.class));
                }
                if (!row.getObject("value_date", LocalDate.class).equals(row.getObject("posted_on", LocalDate.class))) {
                    problems.add("received on " + row.getObject("value_date", LocalDate.class) + ", posted on "
                            + row.getObject("posted_on", LocalDate.class));
                }
                differ(problems, "banks", row.getBigDecimal("amount"), row.getBigDecimal("banked"), currency);
                differ(problems, "credits the contribution with", row.getBigDecimal("usd_amount"),
                        row.getBigDecimal("contributed"), "USD");
            }
            if (!problems.isEmpty()) {
                found.add(new ReceiptDisagreement(receipt, posting, String.join("; ", problems)));
            }
        });
        return found;
    }

    private static void differ(List<String> problems, String what, BigDecimal receipt, BigDecimal posted,
            String currency) {
        if (posted == null || receipt.compareTo(posted) != 0) {
            problems.add("the receipt says " + receipt.stripTrailingZeros().toPlainString() + " " + currency
                    + ", its posting " + what + " " + (posted == null ? "nothing" : posted.stripTrailingZeros()
                    .toPlainString() + " " + currency));
        }
    }

    private static UUID receiptOf(String sourceRef) {
        try {
            return UUID.fromString(sourceRef.substring("Receipt:".length()));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
