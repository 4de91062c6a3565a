package org.resolute.force.domain;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReport;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Posture;
import org.resolute.reference.Nations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, imports and reads strength reports; every read is limited to what the current viewer may see. */
@Service
@Transactional(readOnly = true)
public class StrengthBook implements StrengthReports {

    /** The fields {@link #search} sorts by. */
    public static final List<String> SORT_FIELDS = List.of("nation", "command", "location", "reportDate", "troops");

    private final StrengthTable table;
    private final ImportedFileTable files;
    private final Nations nations;
    private final Posture posture;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StrengthBook(StrengthTable table, ImportedFileTable files, Nations nations, Posture posture, ApplicationEventPublisher events,
            Clock clock) {
        this.table = table;
        this.files = files;
        this.nations = nations;
        this.posture = posture;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StrengthReport record(NewStrengthReport report) {
        StrengthRules.current(nations, posture).check(report);
        table.lockForWriting();
        boolean recorded = table.on(report.reportDate()).stream()
                .anyMatch(stored -> StrengthFile.sameKey(stored, report));
        if (recorded) {
            throw new InvalidInput("reportDate", "a " + report.marking().classification() + " report for "
                    + report.nation() + " at " + report.command() + " / " + report.location() + " on "
                    + report.reportDate() + " is already recorded");
        }
        StrengthReport stored = stored(List.of(report)).get(0);
        table.insert(List.of(stored), null);
        events.publishEvent(RecordChanged.saved("StrengthReport", stored.id(), stored, stored.marking()));
        return stored;
    }

    /**
     * Imports a CSV file of reports (the columns of {@link #export}), all or nothing: any bad line refuses the
     * whole file with {@link org.resolute.kernel.csv.CsvRejected} naming every bad line. A line that repeats a
     * stored report with the same values changes nothing; one that gives a stored report another value is a bad
     * line (record a new report with a later date instead).
     */
    @Transactional
    public StrengthImport importCsv(String file, Reader csv) {
        table.lockForWriting();
        StrengthFile checked = StrengthFile.check(file, csv, StrengthRules.current(nations, posture),
                new StoredByDate(table::between));
        List<StrengthReport> stored = stored(checked.toStore());
        if (stored.isEmpty()) {
            return new StrengthImport(0, checked.unchanged(), null);
        }
        ImportedFile record = new ImportedFile(Ids.next(), file, ImportDigest.of(stored), stored.size(),
                checked.unchanged(), stored.stream().map(StrengthReport::reportDate).min(LocalDate::compareTo)
                        .orElseThrow(), stored.stream().map(StrengthReport::reportDate).max(LocalDate::compareTo)
                        .orElseThrow(), Viewers.current().username(), clock.instant(),
                Marking.covering(stored.stream().map(StrengthReport::marking).toList(),
                        Classification.PUBLIC));
        table.insert(stored, record.id());
        files.insert(record);
        events.publishEvent(RecordChanged.saved("StrengthImport", record.id(), record, record.marking()));
        return new StrengthImport(stored.size(), checked.unchanged(), record.id());
    }

    public PageResult<StrengthReport> search(StrengthQuery query, PageQuery page) {
        return table.page(query, page);
    }

    /** Every visible report matching the query, as a CSV file that {@link #importCsv} reads back. */
    public String export(StrengthQuery query) {
        return StrengthCsv.write(table.list(query));
    }

    /**
     * What the strength data is at: a number, read from the database, that every write of reports raises in its
     * transaction; an equal number means the same reports, on any node.
     */
    public long dataVersion() {
        return table.dataVersion();
    }

    @Override
    public StrengthPicture asOf(LocalDate date) {
        return AsOf.picture(date, table.latestOnOrBefore(date));
    }

    @Override
    public List<StrengthPicture> timeline() {
        return AsOf.monthly(table.monthLatest());
    }

    private List<StrengthReport> stored(List<NewStrengthReport> reports) {
        Instant now = clock.instant();
        return reports.stream().map(report -> new StrengthReport(Ids.next(), report.nation(), report.command(),
                report.location(), report.reportDate(), report.troops(), report.provenance(), report.marking(), now,
                0)).toList();
    }
}
