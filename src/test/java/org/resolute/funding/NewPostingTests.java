package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;

class NewPostingTests {

    static final LocalDate DAY = LocalDate.of(2020, 10, 5);

    @Test
    void refusesAPostingWhoseDebitsAndCreditsDiffer() {
        assertThatThrownBy(() -> new NewPosting("k", DAY, "unbalanced", "", List.of(
                PostingLine.debit("A", Money.of("100.00", "USD")), PostingLine.credit("B", Money.of("99.99", "USD")))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("debits and credits differ")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("lines");
    }

    @Test
    void balancesEachCurrencyOnItsOwn() {
        assertThatThrownBy(() -> new NewPosting("k", DAY, "mixed", "", List.of(
                PostingLine.debit("A", Money.of("100", "EUR")), PostingLine.credit("B", Money.of("100", "USD")))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("EUR=100");
        NewPosting converted = new NewPosting("k", DAY, "receipt in EUR", "", List.of(
                PostingLine.debit("BANK:EUR", Money.of("100", "EUR")),
                PostingLine.credit("EXCHANGE:EUR", Money.of("100", "EUR")),
                PostingLine.debit("EXCHANGE:USD", Money.of("118.20", "USD")),
                PostingLine.credit("CONTRIBUTION:USD", Money.of("118.20", "USD"))));
        assertThat(converted.lines()).hasSize(4);
    }

    @Test
    void refusesAPostingWithOneLineOrANonPositiveAmountOrNoKey() {
        assertThatThrownBy(() -> new NewPosting("k", DAY, "one line", "",
                List.of(PostingLine.debit("A", Money.of("1", "USD"))))).hasMessageContaining("two lines");
        assertThatThrownBy(() -> PostingLine.debit("A", Money.of("0", "USD"))).hasMessageContaining("above zero");
        assertThatThrownBy(() -> PostingLine.debit("A", Money.of("-5", "USD"))).hasMessageContaining("above zero");
        assertThatThrownBy(() -> new NewPosting(" ", DAY, "no key", "", List.of(
                PostingLine.debit("A", Money.of("1", "USD")), PostingLine.credit("B", Money.of("1", "USD")))))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("Idempotency-Key");
    }

    @Test
    void theFingerprintTellsADifferentPostingFromTheSameOne() {
        List<PostingLine> lines = List.of(PostingLine.debit("A", Money.of("1", "USD")),
                PostingLine.credit("B", Money.of("1", "USD")));
        NewPosting first = new NewPosting("k1", DAY, "same", "", lines);
        assertThat(new NewPosting("k2", DAY, "same", "", lines).fingerprint()).isEqualTo(first.fingerprint());
        assertThat(new NewPosting("k1", DAY.plusDays(1), "same", "", lines).fingerprint())
                .isNotEqualTo(first.fingerprint());
        assertThat(new NewPosting("k1", DAY, "same", "", List.of(PostingLine.debit("A", Money.of("2", "USD")),
                PostingLine.credit("B", Money.of("2", "USD")))).fingerprint()).isNotEqualTo(first.fingerprint());
    }
}
