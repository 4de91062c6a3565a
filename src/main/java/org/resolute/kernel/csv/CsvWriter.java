package org.resolute.kernel.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/** Writes RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote or line break. */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter line(List<String> fields) {
        try {
            out.write(Csv.row(fields));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter line(String... fields) {
        return line(Arrays.asList(fields));
    }
}
