package org.resolute.force.domain;

import java.io.IOException;

import org.resolute.force.domain.StrengthBook;
import org.resolute.kernel.DemoPart;
import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo strength reports ({@code force/strength-reports.csv}: the published placemat figures, and illustrative
 * splits that add up to them), loaded once on the first start through the import a planner uses.
 */
@Component
@Profile("demo")
class StrengthDemoData extends DemoPart {

    private static final Logger log = LoggerFactory.getLogger(StrengthDemoData.class);
    static final String FILE = "strength-reports.csv";

    private final StrengthBook strength;

    StrengthDemoData(StrengthBook strength) {
        super("demo.dataset.strength", 20);
        this.strength = strength;
    }

    @Override
    public void load() {
        if (strength.search(StrengthQuery.ALL, PageQuery.first(1)).totalItems() > 0) {
            return;
        }
        StrengthImport result = OwnFiles.read("force", FILE, in -> strength.importCsv(FILE, in));
        log.info("Loaded {} demo strength reports from force/{}", result.stored(), FILE);
    }
}
