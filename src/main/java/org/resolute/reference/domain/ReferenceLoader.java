package org.resolute.reference.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.function.ToIntFunction;

import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.StartUpLoad;
import org.resolute.reference.domain.ReferenceTables.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills each empty reference table from the files in {@code reference/} on every start, in every profile
 * (reference data is public fact, not demo data), through the import a user would run. Tables that hold rows
 * are left alone, so a second start loads nothing twice. One transaction: a bad file leaves nothing behind.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReferenceLoader extends StartUpLoad {

    private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

    private final ReferenceTables tables;
    private final ReferenceImport imports;

    ReferenceLoader(ReferenceTables tables, ReferenceImport imports) {
        this.tables = tables;
        this.imports = imports;
    }

    @Override
    protected void load() {
        load(Table.SOURCES, "sources.csv", imports::importSources);
        load(Table.NATIONS, "nations.csv", imports::importNations);
        load(Table.CURRENCIES, "currencies.csv", imports::importCurrencies);
        load(Table.MEMBERSHIPS, "memberships.csv", imports::importMemberships);
        load(Table.CONTRIBUTORS, "rsm-contributing-nations.csv", imports::importContributingNations);
    }

    private void load(Table table, String file, ToIntFunction<Reader> importer) {
        if (tables.count(table) > 0) {
            return;
        }
        log.info("Loaded {} rows of reference data from {}", OwnFiles.read("reference", file, importer::applyAsInt),
                file);
    }
}
