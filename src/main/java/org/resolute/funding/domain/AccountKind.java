package org.resolute.funding.domain;

/** What an account of a fund records. */
public enum AccountKind {
    /** Money held in the fund's bank account, one per currency. */
    BANK,
    /** The fund's position in a currency while a receipt is converted to US dollars. */
    EXCHANGE,
    /** What a donor has contributed to the fund, in US dollars. */
    CONTRIBUTION,
    /** What the fund has allocated to a project and the project has not yet spent. */
    ALLOCATED,
    /** What the fund owes a project: allocated and not yet disbursed. */
    PAYABLE,
    /** What a project has reported spent. */
    EXPENDED
}
