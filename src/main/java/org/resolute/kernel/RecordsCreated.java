package org.resolute.kernel;

import java.util.List;
import java.util.Objects;

/**
 * Published, inside the writing transaction, by code that creates many new records at once (an import). Each
 * record gets its own audit entry, as with {@link RecordChanged}, but the trail writes them together. Only for
 * records that did not exist before: ids fresh from {@link Ids#next()}.
 *
 * @param recordType the aggregate's name, e.g. "StrengthReport"
 * @param records the new records
 */
public record RecordsCreated(String recordType, List<Created> records) {

    public RecordsCreated {
        Objects.requireNonNull(recordType);
        records = List.copyOf(records);
    }

    /** One new record: its id, its state and its marking. */
    public record Created(String recordId, Object after, Marking marking) {

        public Created {
            Objects.requireNonNull(recordId);
            Objects.requireNonNull(after);
            Objects.requireNonNull(marking);
        }
    }
}
