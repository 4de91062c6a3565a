package org.resolute.funding.domain;

/**
 * A ledger account: one fund, one kind, one party (a donor's code, a project's code or none), one currency.
 * Its id is built from those, so every module names the same account the same way.
 */
public record Account(String id, String fund, AccountKind kind, String party, String currency, String name) {

    public static Account of(String fund, AccountKind kind, String party, String currency, String name) {
        String id = fund + ":" + kind + (party.isEmpty() ? "" : ":" + party) + ":" + currency;
        return new Account(id, fund, kind, party, currency, name);
    }
}
