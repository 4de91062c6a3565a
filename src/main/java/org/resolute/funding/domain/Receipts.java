package org.resolute.funding.domain;

import java.util.List;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** Money received, each receipt one balanced posting, converted to US dollars at the named rate source. */
public interface Receipts {

    /** Records the receipt once per idempotency key; a replay answers the first receipt. */
    Recorded<Receipt> record(NewReceipt receipt);

    PageResult<Receipt> search(ContributionFilter filter, PageQuery page);

    List<Receipt> list(ContributionFilter filter);
}
