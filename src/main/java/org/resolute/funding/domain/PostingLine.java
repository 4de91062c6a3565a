package org.resolute.funding.domain;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;

/** One line of a posting: an amount debited or credited to one account, in that account's currency. */
public record PostingLine(String account, Side side, Money amount) {

    public PostingLine {
        if (account == null || account.isBlank()) {
            throw new InvalidInput("lines", "every line needs an account");
        }
        if (side == null) {
            throw new InvalidInput("lines", "every line needs a side, DEBIT or CREDIT");
        }
        if (amount == null || amount.amount().signum() <= 0) {
            throw new InvalidInput("lines", "every line needs an amount above zero");
        }
    }

    public static PostingLine debit(String account, Money amount) {
        return new PostingLine(account, Side.DEBIT, amount);
    }

    public static PostingLine credit(String account, Money amount) {
        return new PostingLine(account, Side.CREDIT, amount);
    }

    /** The line with its side turned over, as a reversal writes it. */
    public PostingLine reversed() {
        return new PostingLine(account, side.opposite(), amount);
    }
}
