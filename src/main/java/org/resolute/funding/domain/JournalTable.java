package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.resolute.kernel.AfterCommit;
import org.resolute.kernel.MarkedFigures;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The ledger's tables: accounts, kept balances, postings and their entries, closed months. */
@Repository
class JournalTable {

    private static final String SIGNED_AMOUNT = "CASE WHEN e.side = 'DEBIT' THEN e.amount ELSE -e.amount END";

    private final NamedParameterJdbcTemplate jdbc;
    private final MarkedFigures figures;
    private final Map<String, String> knownCurrencies = new ConcurrentHashMap<>();

    JournalTable(NamedParameterJdbcTemplate jdbc, MarkedFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Whether the account is open: answered from what this node knows of it, else read (see currencies). */
    boolean exists(String account) {
        return !currencies(Set.of(account)).isEmpty();
    }

    void insertAccount(Account account) {
        jdbc.update("""
                INSERT INTO funding_account (id, fund, kind, party, currency, name)
                VALUES (:id, :fund, :kind, :party, :currency, :name)
                """, Map.of("id", account.id(), "fund", account.fund(), "kind", account.kind().name(), "party",
                account.party(), "currency", account.currency(), "name", account.name()));
        jdbc.update("INSERT INTO funding_account_balance (account_id, balance, entries) VALUES (:id, 0, 0)",
                Map.of("id", account.id()));
    }

    /**
     * The currencies of those of the accounts that exist. An account is opened in a transaction of its own and is
     * never changed or removed, so a currency once read is kept for the life of this node and only accounts not
     * seen before are looked up.
     */
    Map<String, String> currencies(Set<String> accounts) {
        Map<String, String> found = new HashMap<>();
        Set<String> unseen = new HashSet<>();
        for (String account : accounts) {
            String currency = knownCurrencies.get(account);
            if (currency != null) {
                found.put(account, currency);
            } else {
                unseen.add(account);
            }
        }
        if (!unseen.isEmpty()) {
            Map<String, String> read = new HashMap<>();
            jdbc.query("SELECT id, currency FROM funding_account WHERE id IN (:ids)", Map.of("ids", unseen),
                    row -> {
                        read.put(row.getString("id"), row.getString("currency"));
                    });
            found.putAll(read);
            remember(read);
        }
        return found;
    }

    /**
     * Keeps what was read once it is known to stay: inside a transaction, only when it commits, since an account
     * read there may be one this very transaction opened and then rolls back (a refused receipt for a new donor);
     * kept at once, it would have let a concurrent writer post to an account that never was.
     */
    private void remember(Map<String, String> read) {
        AfterCommit.run(() -> knownCurrencies.putAll(read));
    }

    boolean isClosed(YearMonth month) {
        return count("SELECT COUNT(*) FROM funding_closed_period WHERE period_month = :month",
                Map.of("month", month.atDay(1))) > 0;
    }

    void close(YearMonth month, OffsetDateTime at, String by) {
        jdbc.update("INSERT INTO funding_closed_period (period_month, closed_at, closed_by) VALUES (:month, :at, :by)",
                Map.of("month", month.atDay(1), "at", at, "by", by));
    }

    /** Stamps the moment the month's postings in flight had all finished as the moment it closed. */
    void stampClosed(YearMonth month, OffsetDateTime at) {
        jdbc.update("UPDATE funding_closed_period SET closed_at = :at WHERE period_month = :month",
                Map.of("month", month.atDay(1), "at", at));
    }

    /** The marking a posting's entries carry (a reversal takes the marking of the posting it reverses). */
    Marking markingOf(UUID posting) {
        return jdbc.query("SELECT classification, releasable_to FROM funding_entry WHERE posting_id = :id "
                + "AND line = 1", Map.of("id", posting), (row, n) -> Marking.read(row)).stream().findFirst()
                .orElse(Marking.MISSION);
    }

    /**
     * Locks the kept balances of a batch's accounts up front, in account-id order, so that batches touching the
     * same accounts in different orders wait for each other instead of deadlocking.
     */
    void lockBalances(SortedSet<String> accounts) {
        if (!accounts.isEmpty()) {
            jdbc.queryForList("SELECT account_id FROM funding_account_balance WHERE account_id IN (:ids) "
                    + "ORDER BY account_id FOR UPDATE", Map.of("ids", accounts), String.class);
        }
    }

    /** Adds to kept balances, in the order of their account ids; each update locks its row until the commit. */
    void addToBalances(SortedMap<String, BigDecimal> deltas, Map<String, Integer> entries) {
        jdbc.batchUpdate("""
                UPDATE funding_account_balance SET balance = balance + :delta, entries = entries + :entries
                WHERE account_id = :account
                """, deltas.entrySet().stream().map(delta -> new MapSqlParameterSource().addValue("delta",
                delta.getValue()).addValue("entries", entries.get(delta.getKey())).addValue("account",
                delta.getKey())).toArray(SqlParameterSource[]::new));
    }

    /** The request hashes of the postings stored under any of the keys, by key (null: stored before hashes). */
    Map<String, KeyedWrites.Stored> requestHashes(List<String> keys) {
        Map<String, KeyedWrites.Stored> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            jdbc.query("SELECT idempotency_key, request_hash FROM funding_posting WHERE idempotency_key IN (:keys)",
                    Map.of("keys", keys.subList(from, Math.min(keys.size(), from + 1000))),
                    row -> {
                        found.put(row.getString("idempotency_key"),
                                new KeyedWrites.Stored(row.getString("request_hash")));
                    });
        }
        return found;
    }

    /** The hash of the request that used the key, if a posting is stored under it. */
    Optional<KeyedWrites.Stored> requestHash(String key) {
        return jdbc.query("SELECT request_hash FROM funding_posting WHERE idempotency_key = :key", Map.of("key", key),
                (row, n) -> new KeyedWrites.Stored(row.getString("request_hash"))).stream().findFirst();
    }

    Optional<StoredPosting> byKey(String key) {
        return header("p.idempotency_key = :key", Map.of("key", key));
    }

    Optional<StoredPosting> byId(UUID id) {
        return header("p.id = :id", Map.of("id", id));
    }

    Optional<UUID> reversalOf(UUID id) {
        return jdbc.query("SELECT id FROM funding_posting WHERE reverses = :id", Map.of("id", id),
                (row, n) -> row.getObject("id", UUID.class)).stream().findFirst();
    }

    private Optional<StoredPosting> header(String condition, Map<String, Object> parameters) {
        List<StoredPosting> found = jdbc.query("""
                SELECT p.id, p.idempotency_key, p.fingerprint, p.value_date, p.description, p.source_ref,
                       p.reverses, p.posted_at, p.posted_by
                FROM funding_posting p WHERE\s""" + condition, parameters, (row, n) -> new StoredPosting(
                new Posting(row.getObject("id", UUID.class), row.getString("idempotency_key"),
                        row.getObject("value_date", LocalDate.class), row.getString("description"),
                        row.getString("source_ref"), row.getObject("reverses", UUID.class),
                        row.getObject("posted_at", OffsetDateTime.class).toInstant(), row.getString("posted_by"),
                        List.of()),
                row.getString("fingerprint")));
        return found.stream().findFirst().map(stored -> new StoredPosting(withLines(stored.posting()),
                stored.fingerprint()));
    }

    private Posting withLines(Posting header) {
        List<PostingLine> lines = jdbc.query("""
                SELECT account_id, side, amount, currency FROM funding_entry WHERE posting_id = :id ORDER BY line
                """, Map.of("id", header.id()), (row, n) -> new PostingLine(row.getString("account_id"),
                Side.valueOf(row.getString("side")), new Money(row.getBigDecimal("amount"),
                        Currency.getInstance(row.getString("currency")))));
        return new Posting(header.id(), header.idempotencyKey(), header.valueDate(), header.description(),
                header.sourceRef(), header.reverses(), header.postedAt(), header.postedBy(), lines);
    }

    Optional<AccountBalance> balance(String account) {
        return jdbc.query("""
                SELECT b.account_id, a.currency, b.balance, b.entries
                FROM funding_account_balance b JOIN funding_account a ON a.id = b.account_id
                WHERE b.account_id = :id
                """, Map.of("id", account), (row, n) -> new AccountBalance(row.getString("account_id"),
                row.getString("currency"), row.getBigDecimal("balance"), row.getLong("entries")))
                .stream().findFirst();
    }

    BigDecimal balanceOn(String account, LocalDate valueDate) {
        BigDecimal sum = jdbc.queryForObject("""
                SELECT COALESCE(SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END), 0)
                FROM funding_entry WHERE account_id = :account AND value_date <= :valueDate
                """, Map.of("account", account, "valueDate", valueDate), BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Debits minus credits over the entries the viewer may see on a fund's accounts of a kind and currency. */
    BigDecimal total(String fund, AccountKind kind, String currency, LocalDate asOf) {
        return figures.sum(entries(SIGNED_AMOUNT, fund, kind).where("a.currency = :currency", "currency", currency)
                .where("e.value_date <= :asOf", "asOf", asOf));
    }

    /** The same total per currency, for the currencies in which the viewer may see entries of that kind. */
    SortedMap<String, BigDecimal> totalsByCurrency(String fund, AccountKind kind, LocalDate asOf) {
        SortedMap<String, BigDecimal> totals = new TreeMap<>();
        figures.grouped(entries("a.currency, SUM(" + SIGNED_AMOUNT + ") AS total", fund, kind)
                .where("e.value_date <= :asOf", "asOf", asOf).groupBy("a.currency"),
                (row, n) -> totals.put(row.getString("currency"), row.getBigDecimal("total")));
        return totals;
    }

    /** The same total by value-date year, over every date, in one currency. */
    SortedMap<Integer, BigDecimal> totalsByYear(String fund, AccountKind kind, String currency) {
        SortedMap<Integer, BigDecimal> totals = new TreeMap<>();
        figures.grouped(entries("EXTRACT(YEAR FROM e.value_date) AS y, SUM(" + SIGNED_AMOUNT + ") AS total", fund,
                kind).where("a.currency = :currency", "currency", currency)
                .groupBy("EXTRACT(YEAR FROM e.value_date)"),
                (row, n) -> totals.put(row.getInt("y"), row.getBigDecimal("total")));
        return totals;
    }

    /** The entries on a fund's accounts of a kind, read through the viewer's marking filter. */
    private static MarkedQuery entries(String columns, String fund, AccountKind kind) {
        return MarkedQuery.select(columns).from("funding_entry", "e")
                .join("JOIN funding_account a ON a.id = e.account_id")
                .where("a.fund = :fund", "fund", fund).where("a.kind = :kind", "kind", kind.name());
    }

    List<String> discrepancies() {
        return jdbc.query("""
                SELECT b.account_id, b.balance, b.entries, COALESCE(e.total, 0) AS total, COALESCE(e.n, 0) AS n
                FROM funding_account_balance b
                LEFT JOIN (SELECT account_id, SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total,
                                  COUNT(*) AS n
                           FROM funding_entry GROUP BY account_id) e ON e.account_id = b.account_id
                WHERE b.balance <> COALESCE(e.total, 0) OR b.entries <> COALESCE(e.n, 0)
                ORDER BY b.account_id
                """, Map.of(), (row, n) -> row.getString("account_id") + ": kept " + row.getBigDecimal("balance")
                + " in " + row.getLong("entries") + " entries, entries sum to " + row.getBigDecimal("total")
                + " in " + row.getLong("n"));
    }

    private long count(String sql, Map<String, Object> parameters) {
        Long count = jdbc.queryForObject(sql, parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** A posting as stored, with the digest of what it posted. */
    record StoredPosting(Posting posting, String fingerprint) {
    }
}
