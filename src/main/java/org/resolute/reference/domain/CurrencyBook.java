package org.resolute.reference.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Currencies} over the stored ISO 4217 list. */
@Service
@Transactional(readOnly = true)
class CurrencyBook implements Currencies {

    private static final Map<String, Comparator<Currency>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("code", Comparator.comparing(Currency::code));
        SORTS.put("name", Comparator.comparing(currency -> currency.name().toLowerCase(Locale.ROOT)));
    }

    private final ReferenceTables tables;

    CurrencyBook(ReferenceTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Currency> find(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return tables.currencies().stream().filter(currency -> currency.code().equals(wanted)).findFirst();
    }

    @Override
    public PageResult<Currency> search(String text, PageQuery page) {
        Comparator<Currency> order = page.order(SORTS, "code");
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return PageResult.of(tables.currencies().stream()
                .filter(currency -> currency.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || currency.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(order).toList(), page);
    }
}
