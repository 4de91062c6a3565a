package org.resolute.funding.domain;

import java.math.BigDecimal;

/** An account's balance (debits minus credits) as kept beside the journal, and how many entries make it. */
public record AccountBalance(String account, String currency, BigDecimal balance, long entries) {
}
