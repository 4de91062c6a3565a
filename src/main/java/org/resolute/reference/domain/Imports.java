package org.resolute.reference.domain;

import java.io.Reader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.csv.CsvRecord.BadField;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.kernel.csv.CsvTable;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Membership;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nation;
import org.resolute.reference.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks every line of a reference file against the file and the stored data, then stores all or nothing. */
@Service
@Transactional
class Imports implements ReferenceImport {

    private final ReferenceTables tables;
    private final ApplicationEventPublisher events;

    Imports(ReferenceTables tables, ApplicationEventPublisher events) {
        this.tables = tables;
        this.events = events;
    }

    /** Reference rows are written set-based, so each tells the audit trail itself; they are all public. */
    private void recorded(String type, String id, Object row) {
        events.publishEvent(RecordChanged.saved(type, id, row, Marking.PUBLIC));
    }

    @Override
    public int importSources(Reader csv) {
        Set<String> ids = tables.sources().stream().map(Source::id).collect(Collectors.toCollection(HashSet::new));
        List<Source> sources = read("Sources", csv, List.of("source_id", "title", "url", "date", "kind"),
                record -> {
                    String id = record.required("source_id");
                    unique(ids, id, "source " + id);
                    String url = record.text("url");
                    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                        throw new BadField("url '" + url + "' is not an http or https address");
                    }
                    return new Source(id, record.required("title"), url, record.text("date"), record.text("kind"));
                });
        tables.insertSources(sources);
        sources.forEach(source -> recorded("Source", source.id(), source));
        return sources.size();
    }

    @Override
    public int importNations(Reader csv) {
        Set<String> codes = new HashSet<>();
        tables.nations().forEach(nation -> {
            codes.add(nation.code());
            codes.add(nation.alpha2());
        });
        List<Nation> nations = read("Nations", csv, List.of("code", "alpha2", "name"), record -> {
            String code = letters(record, "code", 3);
            String alpha2 = letters(record, "alpha2", 2);
            unique(codes, code, "nation " + code);
            unique(codes, alpha2, "nation " + alpha2);
            return new Nation(code, alpha2, record.required("name"));
        });
        tables.insertNations(nations);
        nations.forEach(nation -> recorded("Nation", nation.code(), nation));
        return nations.size();
    }

    @Override
    public int importCurrencies(Reader csv) {
        Set<String> codes = tables.currencies().stream().map(Currency::code)
                .collect(Collectors.toCollection(HashSet::new));
        List<Currency> currencies = read("Currencies", csv, List.of("code", "name", "minor_units"), record -> {
            String code = letters(record, "code", 3);
            unique(codes, code, "currency " + code);
            Integer minorUnits = record.optionalInteger("minor_units");
            if (minorUnits != null && (minorUnits < 0 || minorUnits > 9)) {
                throw new BadField("minor_units " + minorUnits + " is not between 0 and 9");
            }
            return new Currency(code, record.required("name"), minorUnits);
        });
        tables.insertCurrencies(currencies);
        currencies.forEach(currency -> recorded("Currency", currency.code(), currency));
        return currencies.size();
    }

    @Override
    public int importMemberships(Reader csv) {
        Set<String> nations = nationCodes();
        Set<String> sources = sourceIds();
        MembershipTimeline timeline = MembershipTimeline.of(tables.memberships());
        List<Membership> memberships = read("Memberships", csv, List.of("nation", "kind", "since", "until",
                "source_id", "provenance_status", "status_note", "note"), record -> {
                    String nation = known(nations, record.required("nation").toUpperCase(Locale.ROOT), "nation");
                    String sourceId = optionalSource(sources, record);
                    LocalDate since = record.date("since");
                    LocalDate until = record.optionalDate("until");
                    if (until != null && !until.isAfter(since)) {
                        throw new BadField("until " + until + " is not after since " + since);
                    }
                    Membership membership = ReferenceTables.membership(nation,
                            record.oneOf("kind", MembershipKind.class), since, until, sourceId,
                            record.oneOf("provenance_status", ProvenanceStatus.class), record.text("status_note"),
                            record.text("note"));
                    try {
                        timeline.add(membership);
                    } catch (IllegalArgumentException e) {
                        throw new BadField(e.getMessage());
                    }
                    return membership;
                });
        tables.insertMemberships(memberships);
        memberships.forEach(membership -> recorded("Membership",
                membership.nation() + "/" + membership.kind() + "/" + membership.since(), membership));
        return memberships.size();
    }

    @Override
    public int importContributingNations(Reader csv) {
        Set<String> sources = sourceIds();
        Map<String, Nation> nations = tables.nations().stream()
                .collect(Collectors.toMap(Nation::code, Function.identity()));
        Set<String> keys = new HashSet<>(tables.contributorKeys());
        List<ContributingNation> contributors = read("Contributing nations", csv, List.of("mission", "nation",
                "name_in_source", "status_during_mission", "in_advisor_nation_list", "source_id", "status_note",
                "note"), record -> {
                    String mission = record.required("mission");
                    String code = known(nations.keySet(), record.required("nation").toUpperCase(Locale.ROOT),
                            "nation");
                    unique(keys, mission + "/" + code, mission + " contributor " + code);
                    return new ContributingNation(mission, nations.get(code), record.required("name_in_source"),
                            record.oneOf("status_during_mission", MembershipKind.class),
                            yesOrNo(record, "in_advisor_nation_list"), optionalSource(sources, record),
                            record.text("status_note"), record.text("note"));
                });
        tables.insertContributors(contributors);
        contributors.forEach(contributor -> recorded("ContributingNation",
                contributor.mission() + "/" + contributor.nation().code(), contributor));
        return contributors.size();
    }

    private static <T> List<T> read(String file, Reader csv, List<String> columns, Function<CsvRecord, T> reader) {
        return CsvTable.read(file, csv, columns, reader).stream().map(CsvTable.Row::value).toList();
    }

    private Set<String> nationCodes() {
        return tables.nations().stream().map(Nation::code).collect(Collectors.toSet());
    }

    private Set<String> sourceIds() {
        return tables.sources().stream().map(Source::id).collect(Collectors.toSet());
    }

    private static String optionalSource(Set<String> sources, CsvRecord record) {
        String id = record.text("source_id");
        return id.isEmpty() ? null : known(sources, id, "source_id");
    }

    private static String known(Set<String> known, String value, String column) {
        if (!known.contains(value)) {
            throw new BadField(column + " '" + value + "' is not known");
        }
        return value;
    }

    private static void unique(Set<String> seen, String key, String what) {
        if (!seen.add(key)) {
            throw new BadField(what + " already exists");
        }
    }

    private static String letters(CsvRecord record, String column, int length) {
        String value = record.required(column).toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{" + length + "}")) {
            throw new BadField(column + " '" + value + "' is not " + length + " letters");
        }
        return value;
    }

    private static boolean yesOrNo(CsvRecord record, String column) {
        String value = record.required(column).toLowerCase(Locale.ROOT);
        if (!value.equals("yes") && !value.equals("no")) {
            throw new BadField(column + " '" + value + "' is not yes or no");
        }
        return value.equals("yes");
    }
}
