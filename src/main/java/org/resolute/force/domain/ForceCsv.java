package org.resolute.force.domain;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.kernel.csv.CsvTable;

/**
 * Imports run each line through the same use case a user's single entry takes, inside one transaction: a line
 * refused becomes an error naming it, and any error refuses the whole file (the transaction rolls back).
 */
final class ForceCsv {

    private ForceCsv() {
    }

    static <T> int each(String file, Reader csv, List<String> columns, Function<CsvRecord, T> store) {
        return CsvTable.read(file, csv, columns, record -> {
            try {
                return store.apply(record);
            } catch (InvalidInput e) {
                throw new CsvRecord.BadField(e.getMessage());
            }
        }).size();
    }

    /** The marking a line types, empty when it leaves the classification blank (the record's default applies). */
    static Optional<Marking> marking(CsvRecord record) {
        return Marking.typed(record.text("classification"), record.text("releasable_to"));
    }

    static Provenance provenance(CsvRecord record) {
        String source = record.required("source");
        if (source.length() > EnteredBy.MAX_SOURCE) {
            throw new InvalidInput("source", "source is longer than " + EnteredBy.MAX_SOURCE + " characters");
        }
        return new Provenance(source, null,
                record.oneOf("provenance_status", ProvenanceStatus.class));
    }
}
