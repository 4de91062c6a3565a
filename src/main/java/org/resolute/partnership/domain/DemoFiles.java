package org.resolute.partnership.domain;

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

/** Reads the partnership's demo files from {@code src/main/resources/partnership/}. */
final class DemoFiles {

    private DemoFiles() {
    }

    static <T> List<T> read(String file, Function<CsvRecord, T> reader) {
        try (Reader in = new InputStreamReader(new ClassPathResource("partnership/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CsvTable.read(file, in, List.of(), reader).stream().map(CsvTable.Row::value).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read partnership/" + file, e);
        }
    }

    static byte[] bytes(String file) {
        try {
            return new ClassPathResource("partnership/" + file).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read partnership/" + file, e);
        }
    }
}
