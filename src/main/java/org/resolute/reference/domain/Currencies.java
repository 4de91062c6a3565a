package org.resolute.reference.domain;

import java.util.List;
import java.util.Optional;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.reference.domain.Currency;

/** The ISO 4217 currencies, found by their code in any case. */
public interface Currencies {

    /** The fields {@link #search} sorts by. */
    List<String> SORT_FIELDS = List.of("code", "name");

    Optional<Currency> find(String code);

    /** Currencies whose code or name contains the text, sorted by one of {@link #SORT_FIELDS} (code by default). */
    PageResult<Currency> search(String text, PageQuery page);
}
