package org.resolute.force.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.function.ToIntFunction;

import org.resolute.force.domain.CaveatBook;
import org.resolute.kernel.DemoPart;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.OwnFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo CJSOR, offers and caveats from {@code src/main/resources/force/}, loaded once on the first start as the
 * system account through the imports users run. All of it is illustrative: the real CJSOR and national caveats
 * are not public.
 */
@Component
@Profile("demo")
class ForceDemoData extends DemoPart {

    private static final Logger log = LoggerFactory.getLogger(ForceDemoData.class);

    private final Requirements requirements;
    private final CaveatBook caveats;
    private final MarkedRecords records;

    ForceDemoData(Requirements requirements, CaveatBook caveats, MarkedRecords records) {
        super("demo.dataset.force", 30);
        this.requirements = requirements;
        this.caveats = caveats;
        this.records = records;
    }

    @Override
    public void load() {
        if (records.count(MarkedQuery.select("c.id").from("force_caveat", "c")) == 0) {
            load("caveats.csv", caveats::importCaveats);
        }
        if (records.count(MarkedQuery.select("r.id").from("force_requirement", "r")) == 0) {
            load("requirements.csv", requirements::importRequirements);
            load("offers.csv", requirements::importOffers);
        }
    }

    private static void load(String file, ToIntFunction<Reader> importer) {
        log.info("Loaded {} illustrative records from force/{}", OwnFiles.read("force", file, importer::applyAsInt),
                file);
    }
}
