package org.resolute.force.domain;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthImport;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthQuery;
import org.resolute.force.StrengthReport;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordsCreated;
import org.resolute.mission.Posture;
import org.resolute.reference.Nations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, imports and reads strength reports; every read is limited to what the current viewer may see. */
@Service
@Transactional(readOnly = true)
class StrengthRegister implements StrengthReports {

    private final StrengthTable table;
    private final Nations nations;
    private final Posture posture;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StrengthRegister(StrengthTable table, Nations nations, Posture posture, ApplicationEventPublisher events,
            Clock clock) {
        this.table = table;
        this.nations = nations;
        this.posture = posture;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StrengthReport record(NewStrengthReport report) {
        StrengthRules.current(nations, posture).check(report);
        boolean recorded = table.on(report.reportDate()).stream()
                .anyMatch(stored -> StrengthFile.sameKey(stored, report));
        if (recorded) {
            throw new InvalidInput("reportDate", "a " + report.marking().classification() + " report for "
                    + report.nation() + " at " + report.command() + " / " + report.location() + " on "
                    + report.reportDate() + " is already recorded");
        }
        return store(List.of(report)).get(0);
    }

    @Override
    @Transactional
    public StrengthImport importCsv(String file, Reader csv) {
        StrengthFile checked = StrengthFile.check(file, csv, StrengthRules.current(nations, posture),
                new StoredByDate(table::between));
        store(checked.toStore());
        return new StrengthImport(checked.toStore().size(), checked.unchanged());
    }

    @Override
    public PageResult<StrengthReport> search(StrengthQuery query, PageQuery page) {
        return table.page(query, page);
    }

    @Override
    public String export(StrengthQuery query) {
        return StrengthCsv.write(table.list(query));
    }

    @Override
    public List<StrengthReport> history(String nation) {
        return table.list(new StrengthQuery(nation, "", "", null, null));
    }

    @Override
    public StrengthPicture asOf(LocalDate date) {
        return AsOf.picture(date, table.latestOnOrBefore(date));
    }

    @Override
    public List<StrengthPicture> timeline() {
        return AsOf.timeline(table.all());
    }

    private List<StrengthReport> store(List<NewStrengthReport> reports) {
        Instant now = clock.instant();
        List<StrengthReport> stored = reports.stream().map(report -> new StrengthReport(Ids.next(), report.nation(),
                report.command(), report.location(), report.reportDate(), report.troops(), report.provenance(),
                report.marking(), now, 0)).toList();
        table.insert(stored);
        events.publishEvent(new RecordsCreated("StrengthReport", stored.stream()
                .map(report -> new RecordsCreated.Created(report.id().toString(), report, report.marking()))
                .toList()));
        return stored;
    }
}
