package org.resolute.funding.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.resolute.kernel.csv.CsvRecord;
import org.resolute.kernel.csv.CsvTable;
import org.springframework.core.io.ClassPathResource;

/** Reads the funding module's own CSV files under {@code src/main/resources/funding/}. */
final class FundingCsv {

    private FundingCsv() {
    }

    static <T> List<T> read(String file, List<String> columns, Function<CsvRecord, T> reader) {
        try (Reader in = new InputStreamReader(new ClassPathResource("funding/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CsvTable.read(file, in, columns, reader).stream().map(CsvTable.Row::value).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read funding/" + file, e);
        }
    }
}
