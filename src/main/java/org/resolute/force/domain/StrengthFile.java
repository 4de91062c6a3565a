package org.resolute.force.domain;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthReport;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.csv.CsvRecord.BadField;
import org.resolute.kernel.csv.CsvTable;

/**
 * A CSV file of strength reports, checked line by line against the rules, the file itself and the stored
 * reports. The key of a report is its nation, command, location, date and classification: a line that repeats a
 * stored report with the same values changes nothing (so a file imported twice stores nothing the second time);
 * a line that gives a stored key another value, or repeats a key of an earlier line, is a bad line.
 */
final class StrengthFile {

    private final List<NewStrengthReport> toStore;
    private final int unchanged;

    private StrengthFile(List<NewStrengthReport> toStore, int unchanged) {
        this.toStore = List.copyOf(toStore);
        this.unchanged = unchanged;
    }

    /** Reads and checks the whole file; {@link org.resolute.kernel.csv.CsvRejected} names every bad line. */
    static StrengthFile check(String file, Reader csv, StrengthRules rules,
            Function<LocalDate, List<StrengthReport>> storedOn) {
        Map<LocalDate, Map<Key, StrengthReport>> stored = new HashMap<>();
        Set<Key> inFile = new HashSet<>();
        List<NewStrengthReport> toStore = new ArrayList<>();
        int[] unchanged = {0};
        CsvTable.read(file, csv, StrengthCsv.COLUMNS, record -> {
            NewStrengthReport report = StrengthCsv.read(record);
            try {
                rules.check(report);
            } catch (InvalidInput e) {
                throw new BadField(e.getMessage());
            }
            if (!inFile.add(Key.of(report))) {
                throw new BadField("repeats the report of an earlier line for " + describe(report));
            }
            StrengthReport existing = stored.computeIfAbsent(report.reportDate(), date -> byKey(storedOn.apply(date)))
                    .get(Key.of(report));
            if (existing == null) {
                toStore.add(report);
            } else if (sameValues(existing, report)) {
                unchanged[0]++;
            } else {
                throw new BadField("a report for " + describe(report) + " is already stored with "
                        + existing.troops() + " troops (" + existing.provenance().source() + ", "
                        + existing.provenance().status().label() + "); record a later report to change it");
            }
            return report;
        });
        return new StrengthFile(toStore, unchanged[0]);
    }

    List<NewStrengthReport> toStore() {
        return toStore;
    }

    int unchanged() {
        return unchanged;
    }

    private static Map<Key, StrengthReport> byKey(List<StrengthReport> reports) {
        Map<Key, StrengthReport> byKey = new HashMap<>();
        reports.forEach(report -> byKey.put(Key.of(report), report));
        return byKey;
    }

    static boolean sameKey(StrengthReport stored, NewStrengthReport report) {
        return Key.of(stored).equals(Key.of(report));
    }

    private static boolean sameValues(StrengthReport stored, NewStrengthReport report) {
        return stored.troops() == report.troops() && stored.provenance().equals(report.provenance())
                && stored.marking().equals(report.marking());
    }

    private static String describe(NewStrengthReport report) {
        return report.nation() + " at " + report.command() + " / " + report.location() + " on "
                + report.reportDate() + " (" + report.marking().classification() + ")";
    }

    private record Key(String nation, String command, String location, LocalDate date,
            Classification classification) {

        static Key of(StrengthReport report) {
            return new Key(report.nation(), report.command(), report.location(), report.reportDate(),
                    report.marking().classification());
        }

        static Key of(NewStrengthReport report) {
            return new Key(report.nation(), report.command(), report.location(), report.reportDate(),
                    Objects.requireNonNull(report.marking()).classification());
        }
    }
}
