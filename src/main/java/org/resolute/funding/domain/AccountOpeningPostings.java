package org.resolute.funding.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.springframework.stereotype.Component;

/**
 * Drafts the posting that books each kind of fund record, and opens the accounts it names first, each in a
 * transaction of its own (a savepoint of the writer's transaction when there is one, see {@link Ledger#open}), so
 * that the posting finds them. How the fund's records are written in the ledger: A receipt in US dollars: bank debited, the donor's
 * contribution credited. In another currency it passes through the exchange accounts, so each currency balances
 * on its own: bank and exchange in the receipt's currency, exchange and contribution in US dollars. A conversion
 * moves cash between two bank accounts through the same exchange accounts: the sold currency's bank credited and
 * its exchange debited, the bought currency's bank debited and its exchange credited, each currency balanced.
 * The entries carry the marking of the record they book, so the figures read from the journal follow the
 * records' markings.
 */
@Component
class AccountOpeningPostings {

    static final String USD = "USD";

    private final Ledger ledger;

    AccountOpeningPostings(Ledger ledger) {
        this.ledger = ledger;
    }

    NewPosting receipt(String key, String fund, String donor, Money amount, Money usd, LocalDate valueDate,
            String description, String sourceRef, Marking marking) {
        Account contribution = open(fund, AccountKind.CONTRIBUTION, donor, USD, "Contributions of " + donor);
        List<PostingLine> lines = new ArrayList<>();
        Account bank = open(fund, AccountKind.BANK, "", amount.currencyCode(), "Bank " + amount.currencyCode());
        lines.add(PostingLine.debit(bank.id(), amount));
        if (amount.currencyCode().equals(USD)) {
            lines.add(PostingLine.credit(contribution.id(), amount));
        } else {
            Account foreign = open(fund, AccountKind.EXCHANGE, "", amount.currencyCode(),
                    "Exchange " + amount.currencyCode());
            Account dollars = open(fund, AccountKind.EXCHANGE, "", USD, "Exchange " + USD);
            lines.add(PostingLine.credit(foreign.id(), amount));
            lines.add(PostingLine.debit(dollars.id(), usd));
            lines.add(PostingLine.credit(contribution.id(), usd));
        }
        return new NewPosting(key, valueDate, description, sourceRef, lines, marking);
    }

    NewPosting movement(String key, String fund, MovementKind kind, String project, Money amount,
            LocalDate valueDate, String description, String sourceRef, Marking marking) {
        Account allocated = open(fund, AccountKind.ALLOCATED, project, USD, "Allocated to " + project);
        Account payable = open(fund, AccountKind.PAYABLE, project, USD, "Payable to " + project);
        List<PostingLine> lines = switch (kind) {
            case ALLOCATION -> List.of(PostingLine.debit(allocated.id(), amount),
                    PostingLine.credit(payable.id(), amount));
            case DISBURSEMENT -> List.of(PostingLine.debit(payable.id(), amount),
                    PostingLine.credit(open(fund, AccountKind.BANK, "", USD, "Bank USD").id(), amount));
            case EXPENDITURE -> List.of(PostingLine.debit(open(fund, AccountKind.EXPENDED, project, USD,
                    "Spent by " + project).id(), amount), PostingLine.credit(allocated.id(), amount));
            case CONVERSION -> throw new IllegalArgumentException("a conversion is posted by conversion()");
        };
        return new NewPosting(key, valueDate, description, sourceRef, lines, marking);
    }

    NewPosting conversion(String key, String fund, Money sold, Money bought, LocalDate valueDate,
            String description, String sourceRef, Marking marking) {
        List<PostingLine> lines = List.of(
                PostingLine.credit(bank(fund, sold.currencyCode()).id(), sold),
                PostingLine.debit(exchange(fund, sold.currencyCode()).id(), sold),
                PostingLine.debit(bank(fund, bought.currencyCode()).id(), bought),
                PostingLine.credit(exchange(fund, bought.currencyCode()).id(), bought));
        return new NewPosting(key, valueDate, description, sourceRef, lines, marking);
    }

    /** The fund's bank account in a currency: its cash. */
    Account bank(String fund, String currency) {
        return open(fund, AccountKind.BANK, "", currency, "Bank " + currency);
    }

    private Account exchange(String fund, String currency) {
        return open(fund, AccountKind.EXCHANGE, "", currency, "Exchange " + currency);
    }

    /** Opens the account if it is not open yet (the ledger answers an account it knows without a look-up). */
    private Account open(String fund, AccountKind kind, String party, String currency, String name) {
        Account account = Account.of(fund, kind, party, currency, fund + " " + name);
        ledger.open(account);
        return account;
    }
}
