package org.resolute.kernel.csv;

import java.util.List;

import org.resolute.kernel.InvalidInput;

/** A CSV file refused whole: nothing of it was kept. Every bad line is named in {@link #errors()}. */
public class CsvRejected extends InvalidInput {

    private final List<String> errors;

    public CsvRejected(String file, List<String> errors) {
        super("file", file + " was not imported: " + errors.size() + " bad line" + (errors.size() == 1 ? "" : "s")
                + ": " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    /** One message per bad line, each starting with "line N: ". */
    public List<String> errors() {
        return errors;
    }
}
