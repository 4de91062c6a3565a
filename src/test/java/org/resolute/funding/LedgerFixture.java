package org.resolute.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.funding.domain.Account;
import org.resolute.funding.domain.AccountKind;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.Receipt;
import org.resolute.kernel.Money;

/** Accounts and postings of a test's own, named apart from every other test's. */
final class LedgerFixture {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Account bank;
    final Account donor;
    final Account otherDonor;
    final Account euroBank;

    LedgerFixture(Ledger ledger) {
        bank = Account.of("TEST", AccountKind.BANK, "B" + tag, "USD", "Test bank " + tag);
        donor = Account.of("TEST", AccountKind.CONTRIBUTION, "D" + tag, "USD", "Test donor " + tag);
        otherDonor = Account.of("TEST", AccountKind.CONTRIBUTION, "O" + tag, "USD", "Other donor " + tag);
        euroBank = Account.of("TEST", AccountKind.BANK, "E" + tag, "EUR", "Test euro bank " + tag);
        List.of(bank, donor, otherDonor, euroBank).forEach(ledger::open);
    }

    String key(String name) {
        return tag + "-" + name;
    }

    NewPosting receipt(String key, String amount, LocalDate valueDate) {
        return new NewPosting(key(key), valueDate, "Receipt " + key, "test", List.of(
                PostingLine.debit(bank.id(), Money.of(amount, "USD")),
                PostingLine.credit(donor.id(), Money.of(amount, "USD"))));
    }
}
