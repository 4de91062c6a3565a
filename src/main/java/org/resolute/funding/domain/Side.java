package org.resolute.funding.domain;

/** Which side of an account an entry goes to; a balance is debits minus credits. */
public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
