package org.resolute.kernel.csv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a CSV file with a header line into values, all or nothing: every line is checked, and if any is bad the
 * whole file is refused with {@link CsvRejected} naming each bad line by number. Rules that span lines
 * (duplicates, overlaps) live in the record reader, which may keep state between calls.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** A value read from the record starting on {@code line}. */
    public record Row<T>(int line, T value) {
    }

    /**
     * @param file the file's name, for the error message
     * @param columns the columns the header must have (in any order; others are ignored)
     * @param reader turns a record into a value, throwing {@link CsvRecord.BadField} for a bad value
     */
    public static <T> List<Row<T>> read(String file, Reader in, List<String> columns,
            Function<CsvRecord, T> reader) {
        List<CsvReader.Raw> records = CsvReader.read(in);
        if (records.isEmpty() || records.get(0).error() != null) {
            throw new CsvRejected(file, List.of("line 1: the header line is missing or malformed; expected "
                    + String.join(",", columns)));
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new CsvRejected(file, List.of("line 1: the header lacks " + String.join(", ", missing)));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        List<Row<T>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (CsvReader.Raw raw : records.subList(1, records.size())) {
            if (raw.error() != null) {
                errors.add("line " + raw.line() + ": " + raw.error());
            } else if (raw.fields().size() != header.size()) {
                errors.add("line " + raw.line() + ": " + raw.fields().size() + " fields where the header has "
                        + header.size());
            } else {
                try {
                    rows.add(new Row<>(raw.line(), reader.apply(new CsvRecord(raw.line(), raw.fields(), index))));
                } catch (CsvRecord.BadField e) {
                    errors.add("line " + raw.line() + ": " + e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvRejected(file, errors);
        }
        return rows;
    }
}
