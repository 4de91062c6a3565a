package org.resolute.force;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * The strength reports and what they add up to, always limited to the reports the current viewer may see:
 * every figure, the placemat's too, is computed from those.
 */
public interface StrengthReports {

    /** The fields {@link #search} sorts by. */
    List<String> SORT_FIELDS = List.of("nation", "command", "location", "reportDate", "troops");

    /**
     * Checks and stores one report. {@link org.resolute.kernel.InvalidInput} naming the field for an unknown
     * nation, command or location, negative troops, or a report already stored for the same nation, command,
     * location, date and classification.
     */
    StrengthReport record(NewStrengthReport report);

    /**
     * Imports a CSV file of reports (the columns of {@link #export}), all or nothing: any bad line refuses the
     * whole file with {@link org.resolute.kernel.csv.CsvRejected} naming every bad line. A line that repeats a
     * stored report with the same values changes nothing; one that gives a stored report another value is a bad
     * line (record a new report with a later date instead).
     */
    StrengthImport importCsv(String file, Reader csv);

    PageResult<StrengthReport> search(StrengthQuery query, PageQuery page);

    /** Every visible report matching the query, as a CSV file that {@link #importCsv} reads back. */
    String export(StrengthQuery query);


    /**
     * What the strength data is at: a number, read from the database, that every write of reports raises in its
     * transaction; an equal number means the same reports, on any node.
     */
    long dataVersion();

    /** The force as of a date. */
    StrengthPicture asOf(LocalDate date);

    /**
     * The force month by month, oldest first: for each month with a visible report, the force as of the latest
     * visible report date in that month. For charts; it reads each place's latest report per month, so it does not
     * grow with daily reporting.
     */
    List<StrengthPicture> timeline();
}
