package org.resolute.reference.domain;

import java.io.Reader;

/**
 * Imports reference data from RFC 4180 CSV files with a header line, as the start-up loading does. Each import
 * is all or nothing: if any line is bad, or names a record that already exists, the whole file is refused with
 * {@link org.resolute.kernel.csv.CsvRejected} naming every bad line, and nothing is kept.
 * Each answers the number of records added.
 */
public interface ReferenceImport {

    /** Columns: source_id, title, url, date, kind (the layout of the shared sources list). */
    int importSources(Reader csv);

    /** Columns: code (alpha-3), alpha2, name. */
    int importNations(Reader csv);

    /** Columns: code, name, minor_units (empty where ISO gives none). */
    int importCurrencies(Reader csv);

    /**
     * Columns: nation, kind (ALLY or OPERATIONAL_PARTNER), since, until (empty while it lasts), source_id (empty
     * for general public record), provenance_status, status_note, note. Periods of one nation must not overlap.
     */
    int importMemberships(Reader csv);

    /**
     * Columns: mission, nation, name_in_source, status_during_mission, in_advisor_nation_list (yes/no), source_id,
     * status_note, note.
     */
    int importContributingNations(Reader csv);
}
