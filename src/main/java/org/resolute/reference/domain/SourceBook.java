package org.resolute.reference.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.reference.Source;
import org.resolute.reference.Sources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Sources} over the stored source list. */
@Service
@Transactional(readOnly = true)
class SourceBook implements Sources {

    private final ReferenceTables tables;

    SourceBook(ReferenceTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Source> find(String id) {
        return tables.sources().stream().filter(source -> source.id().equalsIgnoreCase(String.valueOf(id).trim()))
                .findFirst();
    }

    @Override
    public List<Source> all() {
        return tables.sources();
    }

    @Override
    public PageResult<Source> search(String text, PageQuery page) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return PageResult.of(tables.sources().stream()
                .filter(source -> source.id().toLowerCase(Locale.ROOT).contains(wanted)
                        || source.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || source.kind().toLowerCase(Locale.ROOT).contains(wanted))
                .toList(), page);
    }
}
