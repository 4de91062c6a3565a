package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Money;

/**
 * One donor's pledges to one fund for one year against what came in. Amounts in the pledge's currency unless named
 * USD. The US dollar value of the pledge is taken at the rate of the day it was announced; what the receipts are
 * worth more or less in dollars because the rate moved is the FX difference, shown apart from the shortfall:
 * {@code pledgedUsd = receivedUsd - fxDifferenceUsd + shortfallUsd}.
 *
 * @param receivedOriginal what came in, in each currency it came in
 * @param receivedInPledgeCurrency the receipts in the pledge's currency (converted at their value dates)
 * @param overdue a pledge of this line has had nothing received for longer than the configured number of days
 * @param illustrative some of the figures are illustrative demo records, not published facts
 * @param noRate "no rate for EUR on 2005-01-01" when the line could not be valued for want of a rate; its figures
 *        that need the rate are then null (the others, and the other lines, are valued as usual)
 */
public record ReconciliationLine(String donor, String fund, int year, String currency, @Nullable BigDecimal pledged,
        @Nullable BigDecimal confirmed, List<Money> receivedOriginal, @Nullable BigDecimal receivedInPledgeCurrency,
        BigDecimal receivedUsd, @Nullable BigDecimal pledgedUsd, @Nullable BigDecimal shortfall,
        @Nullable BigDecimal shortfallUsd,
        @Nullable BigDecimal fxDifferenceUsd, boolean overdue, boolean illustrative, @Nullable String noRate) {

    public ReconciliationLine {
        receivedOriginal = List.copyOf(receivedOriginal);
    }
}
