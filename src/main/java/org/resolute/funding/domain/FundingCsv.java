package org.resolute.funding.domain;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.csv.CsvRecord;

/** Reads the funding module's own CSV files under {@code src/main/resources/funding/}. */
final class FundingCsv {

    private FundingCsv() {
    }

    static <T> List<T> read(String file, List<String> columns, Function<CsvRecord, T> reader) {
        return OwnFiles.csv("funding", file, columns, reader);
    }
}
