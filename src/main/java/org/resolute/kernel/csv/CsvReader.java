package org.resolute.kernel.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF, a field in double quotes
 * may hold commas, line breaks and doubled quotes. A malformed record (a stray quote, text after a closing quote,
 * a quote never closed) is reported by its line and skipped, so that one reading names every bad line.
 */
public final class CsvReader {

    /** A record as read, with the line it starts on; {@code error} is set when the record is malformed. */
    public record Raw(int line, List<String> fields, String error) {
    }

    private final String text;
    private int position;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static List<Raw> read(Reader reader) {
        StringBuilder content = new StringBuilder();
        char[] buffer = new char[8192];
        try (reader) {
            int count;
            while ((count = reader.read(buffer)) >= 0) {
                content.append(buffer, 0, count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(content.toString());
    }

    public static List<Raw> read(String text) {
        return new CsvReader(text).records();
    }

    private List<Raw> records() {
        List<Raw> records = new ArrayList<>();
        while (position < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            String error = record(fields);
            if (error != null) {
                skipRestOfLine();
                records.add(new Raw(start, List.of(), error));
            } else if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Raw(start, fields, null));
            }
        }
        return records;
    }

    /** Reads one record into fields; answers an error message, or null when the record is well formed. */
    private String record(List<String> fields) {
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"') {
                    if (position < text.length() && text.charAt(position) == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                        if (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
                            return "text after a closing quote";
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (!fieldStart) {
                    return "a quote inside an unquoted field (quote the whole field and double the quote)";
                }
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                fields.add(field.toString());
                return null;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            return "a quoted field is never closed";
        }
        fields.add(field.toString());
        return null;
    }

    private void skipRestOfLine() {
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\n') {
                line++;
                return;
            }
        }
    }
}
