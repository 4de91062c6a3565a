package org.resolute.force.domain;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.resolute.force.Activity;
import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRules;
import org.resolute.force.NationalCaveat;
import org.resolute.force.NationalCaveats;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national caveats as recorded, and their check against an assignment. */
@Service
@Transactional(readOnly = true)
public class CaveatBook implements NationalCaveats {

    private final MarkedRecords records;
    private final ForceTables tables;
    private final Posture posture;
    private final Nations nations;
    private final ApplicationEventPublisher events;

    CaveatBook(MarkedRecords records, ForceTables tables, Posture posture, Nations nations,
            ApplicationEventPublisher events) {
        this.records = records;
        this.tables = tables;
        this.posture = posture;
        this.nations = nations;
        this.events = events;
    }

    /** The caveats the assignment breaks; empty when it complies. An unknown location is refused on "location". */
    public List<CaveatViolation> check(Assignment assignment) {
        Location location = posture.location(assignment.location()).orElseThrow(() -> new InvalidInput("location",
                "force.error.notALocation", "location '" + assignment.location() + "' is not a location of the mission",
                assignment.location()));
        List<NationalCaveat> caveats = Viewers.runAs(Viewer.SYSTEM, () -> records.list(ForceTables.caveats()
                .where("c.nation = :nation", "nation", assignment.nation()), ForceTables::caveat));
        Viewer viewer = Viewers.current();
        return CaveatRules.check(caveats, assignment, location.region(), this::nationName).stream()
                .map(violation -> caveats.stream().filter(caveat -> caveat.id().equals(violation.caveatId()))
                        .findFirst().filter(caveat -> !viewer.canSee(caveat.marking()))
                        .map(hidden -> redacted(violation)).orElse(violation))
                .toList();
    }

    /** A rule binds even where the viewer may not read it; they learn that it forbids, not what it says. */
    private CaveatViolation redacted(CaveatViolation violation) {
        return new CaveatViolation(null, "", violation.nation(), violation.kind(), violation.field(),
                nationName(violation.nation()) + ": a national caveat not released to you forbids this");
    }

    @Override
    public PageResult<NationalCaveat> search(String nation, PageQuery page) {
        return records.page(ForceTables.caveats().whereIfPresent(
                nation == null ? null : nation.trim().toUpperCase(Locale.ROOT), "c.nation = :nation", "nation"),
                page, ForceTables::caveat);
    }

    /** The caveat in words, with the nation's name and its code. */
    public String sentence(NationalCaveat caveat) {
        return CaveatRules.sentence(caveat, nationName(caveat.nation()));
    }

    @Transactional
    public NationalCaveat add(NewCaveat caveat) {
        limit("code", caveat.code(), 20);
        limit("description", caveat.description(), 400);
        limit("values", String.join(",", caveat.values()), 400);
        Nation nation = nations.find(caveat.nation()).orElseThrow(() -> new InvalidInput("nation",
                "force.error.notANation", "nation '" + caveat.nation() + "' is not a known ISO 3166 code",
                caveat.nation()));
        long taken = Viewers.runAs(Viewer.SYSTEM, () -> records.count(ForceTables.caveats()
                .where("c.code = :code", "code", caveat.code())));
        if (taken > 0) {
            throw new InvalidInput("code", "force.error.caveatTaken", "caveat " + caveat.code() + " already exists",
                    caveat.code());
        }
        NationalCaveat stored = new NationalCaveat(Ids.next(), caveat.code(), nation.code(), caveat.kind(),
                values(caveat), caveat.limit(), caveat.description(), caveat.provenance(), caveat.marking());
        tables.insert(stored);
        events.publishEvent(RecordChanged.saved("NationalCaveat", stored.id(), stored, stored.marking()));
        return stored;
    }

    /**
     * Columns: code, nation, kind, values (separated by ';'), limit, description, classification, releasable_to,
     * source, provenance_status. All or nothing; answers the number added.
     */
    @Transactional
    public int importCaveats(Reader csv) {
        return ForceCsv.each("Caveats", csv, List.of("code", "nation", "kind", "values", "limit", "description",
                "classification", "releasable_to", "source", "provenance_status"), record -> add(new NewCaveat(
                        record.required("code"), record.required("nation"), record.oneOf("kind", CaveatKind.class),
                        Arrays.asList(record.text("values").split(";")), record.optionalInteger("limit"),
                        record.text("description"), ForceCsv.marking(record).orElse(Marking.MISSION),
                        ForceCsv.provenance(record))));
    }

    /** The values in their stored form, each checked: known regions, location codes or activity names. */
    private List<String> values(NewCaveat caveat) {
        return switch (caveat.kind()) {
            case ALLOWED_REGIONS -> known(caveat.values(), posture.locations().stream().map(Location::region)
                    .collect(Collectors.toSet()), "region");
            case ALLOWED_LOCATIONS -> known(caveat.values().stream().map(value -> value.toUpperCase(Locale.ROOT))
                    .toList(), posture.locations().stream().map(Location::code).collect(Collectors.toSet()),
                    "location");
            case EXCLUDED_ACTIVITIES -> caveat.values().stream()
                    .map(value -> Activity.parse("values", value).name()).distinct().toList();
            default -> List.of();
        };
    }

    private static List<String> known(List<String> values, Set<String> known, String what) {
        String choices = known.stream().sorted().collect(Collectors.joining(", "));
        return values.stream().map(value -> known.stream().filter(value::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new InvalidInput("values", "force.error.notOneOf",
                        what + " '" + value + "' is not one of " + choices, value, choices)))
                .distinct().toList();
    }

    /** The caveat's texts fit their columns, whoever sends them (API, page or CSV import). */
    private static void limit(String field, String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw new InvalidInput(field, "force.error.longerThan", field + " is longer than " + maxLength
                    + " characters", maxLength);
        }
    }

    String nationName(String code) {
        return nations.find(code).map(Nation::name).orElse(code);
    }
}
