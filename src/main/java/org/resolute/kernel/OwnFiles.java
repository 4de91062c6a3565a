package org.resolute.kernel;

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

/**
 * The application's own data files (reference data, demo data) in a module's folder under
 * {@code src/main/resources}: read as UTF-8 the one way, as a table of CSV records or handed to the import a user
 * would run. They ship with the build, so one that cannot be read is a broken build, not bad input.
 */
public final class OwnFiles {

    private OwnFiles() {
    }

    /** The records of a CSV file, each read by the reader; the header must have the columns given. */
    public static <T> List<T> csv(String folder, String file, List<String> columns, Function<CsvRecord, T> reader) {
        return read(folder, file, in -> CsvTable.read(file, in, columns, reader).stream().map(CsvTable.Row::value)
                .toList());
    }

    /** What the reading makes of the file, e.g. an import's count of rows stored. */
    public static <T> T read(String folder, String file, Function<Reader, T> reading) {
        String path = folder + "/" + file;
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8)) {
            return reading.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The file's bytes, e.g. a demo attachment. */
    public static byte[] bytes(String folder, String file) {
        try {
            return new ClassPathResource(folder + "/" + file).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + "/" + file, e);
        }
    }
}
