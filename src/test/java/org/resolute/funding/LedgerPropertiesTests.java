package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resolute.funding.domain.Account;
import org.resolute.funding.domain.AccountKind;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.Posting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.PostingResult;
import org.resolute.funding.domain.Side;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Seeded random sequences of postings, replays, reused keys and reversals keep every invariant: kept balances
 * equal the model and the sum of entries, one posting per key, and the chain verifies. A failure names its seed.
 */
abstract class LedgerPropertiesTests {

    static final int STEPS = 60;

    @Autowired
    Ledger ledger;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 42L, 2007L, 20201019L})
    void randomSequencesOfPostingsReversalsAndReplaysKeepEveryInvariant(long seed) {
        Random random = new Random(seed);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = Account.of("PROP", AccountKind.BANK, tag + i, "USD", "Property " + tag + " " + i);
            ledger.open(account);
            accounts.add(account);
        }
        Map<String, BigDecimal> model = new HashMap<>();
        List<NewPosting> sent = new ArrayList<>();
        List<Posting> reversible = new ArrayList<>();
        int written = 0;
        for (int step = 0; step < STEPS; step++) {
            int action = random.nextInt(10);
            String context = "seed " + seed + ", step " + step;
            if (action < 6 || sent.isEmpty()) {
                NewPosting posting = randomPosting(random, accounts, tag + "-" + step);
                PostingResult result = ledger.post(posting);
                assertThat(result.replayed()).as(context).isFalse();
                apply(model, posting.lines());
                sent.add(posting);
                reversible.add(result.posting());
                written++;
            } else if (action < 8) {
                NewPosting again = sent.get(random.nextInt(sent.size()));
                assertThat(ledger.post(again).replayed()).as(context + ": replay").isTrue();
            } else if (action == 8) {
                NewPosting used = sent.get(random.nextInt(sent.size()));
                NewPosting other = randomPosting(random, accounts, "unused");
                try {
                    ledger.post(new NewPosting(used.idempotencyKey(), other.valueDate(), other.description(), "",
                            other.lines()));
                    fail(context + ": a key reused for another posting was accepted");
                } catch (InvalidInput expected) {
                    assertThat(expected.field()).as(context).isEqualTo("Idempotency-Key");
                }
            } else if (!reversible.isEmpty()) {
                Posting target = reversible.remove(random.nextInt(reversible.size()));
                PostingResult reversal = ledger.reverse(target.id(), tag + "-rev-" + step, null, "property");
                apply(model, reversal.posting().lines());
                written++;
                try {
                    ledger.reverse(target.id(), tag + "-rev2-" + step, null, "twice");
                    fail(context + ": a posting was reversed twice");
                } catch (InvalidInput expected) {
                    assertThat(expected.getMessage()).as(context).contains("already reversed");
                }
            }
        }
        for (Account account : accounts) {
            assertThat(ledger.balance(account.id()).balance()).as("seed " + seed + ": " + account.id())
                    .isEqualByComparingTo(model.getOrDefault(account.id(), BigDecimal.ZERO));
        }
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM funding_posting WHERE idempotency_key LIKE :tag",
                Map.of("tag", tag + "-%"), Long.class);
        assertThat(stored).as("seed " + seed + ": one posting per key").isEqualTo(written);
        assertThat(ledger.balanceDiscrepancies()).as("seed " + seed).isEmpty();
        assertThat(ledger.verify().valid()).as("seed " + seed + ": chain").isTrue();
    }

    static NewPosting randomPosting(Random random, List<Account> accounts, String key) {
        int lines = 2 + random.nextInt(3);
        List<PostingLine> posting = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines - 1; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2);
            total = total.add(amount);
            posting.add(PostingLine.debit(accounts.get(random.nextInt(accounts.size())).id(), usd(amount)));
        }
        posting.add(PostingLine.credit(accounts.get(random.nextInt(accounts.size())).id(), usd(total)));
        return new NewPosting(key, LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1
                + random.nextInt(28)), "Random posting " + key, "property", posting);
    }

    static void apply(Map<String, BigDecimal> model, List<PostingLine> lines) {
        for (PostingLine line : lines) {
            BigDecimal amount = line.amount().amount();
            model.merge(line.account(), line.side() == Side.DEBIT ? amount : amount.negate(), BigDecimal::add);
        }
    }

    static Money usd(BigDecimal amount) {
        return new Money(amount, java.util.Currency.getInstance("USD"));
    }
}

@OnH2
class LedgerPropertiesOnH2Tests extends LedgerPropertiesTests {
}

@OnPostgres
class LedgerPropertiesOnPostgresTests extends LedgerPropertiesTests {
}
