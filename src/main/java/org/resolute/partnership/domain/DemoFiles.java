package org.resolute.partnership.domain;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.resolute.kernel.OwnFiles;
import org.resolute.kernel.csv.CsvRecord;

/** Reads the partnership's demo files from {@code src/main/resources/partnership/}. */
final class DemoFiles {

    private DemoFiles() {
    }

    static <T> List<T> read(String file, Function<CsvRecord, T> reader) {
        return OwnFiles.csv("partnership", file, List.of(), reader);
    }

    static byte[] bytes(String file) {
        return OwnFiles.bytes("partnership", file);
    }
}
