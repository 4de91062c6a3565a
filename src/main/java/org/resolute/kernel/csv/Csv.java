package org.resolute.kernel.csv;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private Csv() {
    }

    public static String row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public static String row(List<?> cells) {
        return cells.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
