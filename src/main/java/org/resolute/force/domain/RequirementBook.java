package org.resolute.force.domain;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.force.Activity;
import org.resolute.force.Assignment;
import org.resolute.force.domain.CaveatBook;
import org.resolute.kernel.CodeName;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Posture;
import org.resolute.reference.Nations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CJSOR as recorded: requirements, offers checked against national caveats, and the fill they make. */
@Service
@Transactional(readOnly = true)
class RequirementBook implements Requirements {

    private final MarkedRecords records;
    private final ForceTables tables;
    private final Posture posture;
    private final Nations nations;
    private final CaveatBook caveats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequirementBook(MarkedRecords records, ForceTables tables, Posture posture, Nations nations,
            CaveatBook caveats, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.tables = tables;
        this.posture = posture;
        this.nations = nations;
        this.caveats = caveats;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PageResult<Requirement> search(RequirementFilter filter, PageQuery page) {
        return records.page(filtered(filter), page, ForceTables::requirement);
    }

    @Override
    public List<Requirement> list(RequirementFilter filter, String sort) {
        MarkedQuery query = filtered(filter);
        PageQuery order = new PageQuery(0, 1, sort);
        if (!order.sortField().isEmpty()) {
            query.orderByDefault(ForceTables.requirementColumn(order.sortField()) + (order.descending() ? " DESC" : ""));
        }
        return records.list(query, ForceTables::requirement);
    }

    @Override
    public Requirement get(UUID id) {
        return records.find(ForceTables.requirements().where("r.id = :id", "id", id), ForceTables::requirement)
                .orElseThrow(() -> new NotFound("Requirement"));
    }

    @Override
    public List<Offer> offers(UUID requirementId) {
        Requirement requirement = get(requirementId);
        return records.list(ForceTables.offers().where("o.requirement_id = :id", "id", requirement.id()),
                ForceTables::offer);
    }

    @Override
    public PageResult<Requirement> gaps(PageQuery page) {
        return records.page(ForceTables.requirements().where("r.fill_state <> :filled", "filled",
                FillState.FILLED.name()).orderByDefault("r.priority, (r.quantity - r.accepted) DESC, r.reference"),
                page, ForceTables::requirement);
    }

    @Override
    @Transactional
    public Requirement create(NewRequirement input) {
        var command = posture.command(input.command()).orElseThrow(() -> new InvalidInput("command",
                "force.error.notACommand", "command '" + input.command() + "' is not a command of the mission",
                input.command()));
        var location = posture.location(input.location()).orElseThrow(() -> new InvalidInput("location",
                "force.error.notALocation", "location '" + input.location() + "' is not a location of the mission",
                input.location()));
        long taken = Viewers.runAs(Viewer.SYSTEM, () -> records.count(ForceTables.requirements()
                .where("r.reference = :reference", "reference", input.reference())));
        if (taken > 0) {
            throw new InvalidInput("reference", "force.error.referenceTaken",
                    "requirement " + input.reference() + " already exists");
        }
        Requirement requirement = new Requirement(Ids.next(), input.reference(), input.capability(),
                input.activity(), input.quantity(), command.code(), location.code(), input.from(), input.until(),
                input.priority(), 0, 0, FillState.GAP, input.provenance(), input.marking(), 0);
        tables.insert(requirement);
        events.publishEvent(RecordChanged.saved("Requirement", requirement.id(), requirement,
                requirement.marking()));
        return requirement;
    }

    @Override
    @Transactional
    public Offer recordOffer(UUID requirementId, NewOffer input) {
        Requirement requirement = get(requirementId);
        String nation = nations.find(input.nation()).orElseThrow(() -> new InvalidInput("nation",
                "force.error.notANation", "nation '" + input.nation() + "' is not a known ISO 3166 code",
                input.nation())).code();
        LocalDate from = input.from() == null ? requirement.from() : input.from();
        LocalDate until = input.until() == null ? requirement.until() : input.until();
        if (!requirement.covers(from, until)) {
            throw new InvalidInput(from.isBefore(requirement.from()) ? "from" : "until", "force.error.offerPeriod",
                    "the offer's period " + from + " to " + until + " is not within the requirement's, " + requirement.from() + " to "
                    + requirement.until());
        }
        refuseBreaches(requirement, nation, input.quantity(), from, until);
        Offer offer = new Offer(Ids.next(), requirement.id(), nation, input.quantity(), from, until, input.status(),
                input.provenance(), input.markingOrDefault(nation), clock.instant());
        tables.insert(offer);
        Requirement filled = requirement.counting(offer.status(), offer.quantity());
        if (!tables.updateFill(filled, requirement.version())) {
            throw new StaleUpdate("Requirement " + requirement.reference());
        }
        events.publishEvent(RecordChanged.saved("Offer", offer.id(), offer, offer.marking()));
        events.publishEvent(RecordChanged.saved("Requirement", filled.id(), filled, filled.marking()));
        return offer;
    }

    @Override
    @Transactional
    public Offer decideOffer(UUID requirementId, UUID offerId, OfferStatus decision) {
        Requirement requirement = get(requirementId);
        Offer offer = offers(requirement.id()).stream().filter(candidate -> candidate.id().equals(offerId))
                .findFirst().orElseThrow(() -> new NotFound("Offer"));
        if (decision == null || !offer.status().mayBecome(decision)) {
            throw new InvalidInput("status", "force.error.offerDecision", "an offer that is " + offer.status()
                    + " cannot become " + decision + "; an open offer may be accepted or withdrawn, an accepted one "
                    + "withdrawn", CodeName.of(offer.status()), decision == null ? "" : CodeName.of(decision));
        }
        Offer decided = offer.withStatus(decision);
        tables.updateStatus(decided);
        Requirement filled = requirement.counting(offer.status(), -offer.quantity())
                .counting(decision, offer.quantity());
        if (!tables.updateFill(filled.withVersion(requirement.version() + 1), requirement.version())) {
            throw new StaleUpdate("Requirement " + requirement.reference());
        }
        events.publishEvent(RecordChanged.saved("Offer", decided.id(), decided, decided.marking()));
        events.publishEvent(RecordChanged.saved("Requirement", filled.id(), filled, filled.marking()));
        return decided;
    }

    /** Checks the offer, with the nation's other open offers at the location, against the nation's caveats. */
    private void refuseBreaches(Requirement requirement, String nation, int quantity, LocalDate from,
            LocalDate until) {
        int alreadyThere = Viewers.runAs(Viewer.SYSTEM, () -> records.list(MarkedQuery.select("o.quantity")
                .from("force_offer", "o")
                .where("o.nation = :nation AND o.status <> :withdrawn AND o.from_date <= :until "
                        + "AND o.until_date >= :from", "nation", nation, "withdrawn", OfferStatus.WITHDRAWN.name(),
                        "from", from, "until", until)
                .where("o.requirement_id IN (SELECT r.id FROM force_requirement r WHERE r.location = :location)",
                        "location", requirement.location()), (rs, row) -> rs.getInt(1)))
                .stream().mapToInt(Integer::intValue).sum();
        List<CaveatViolation> violations = caveats.check(new Assignment(nation, requirement.location(),
                requirement.activity(), alreadyThere + quantity, from, until));
        if (!violations.isEmpty()) {
            String broken = String.join("; ", violations.stream().map(CaveatViolation::message).toList());
            throw new InvalidInput(violations.get(0).field(), "force.error.caveatRefuses",
                    "Refused by a national caveat: " + broken, broken);
        }
    }

    @Override
    @Transactional
    public int importRequirements(Reader csv) {
        return ForceCsv.each("Requirements", csv, List.of("reference", "capability", "activity", "quantity",
                "command", "location", "from", "until", "priority", "classification", "releasable_to", "source",
                "provenance_status"), record -> create(new NewRequirement(record.required("reference"),
                        record.required("capability"), Activity.parse("activity", record.required("activity")),
                        record.optionalInteger("quantity"), record.required("command"), record.required("location"),
                        record.date("from"), record.date("until"), record.optionalInteger("priority"),
                        ForceCsv.marking(record).orElse(Marking.MISSION), ForceCsv.provenance(record))));
    }

    @Override
    @Transactional
    public int importOffers(Reader csv) {
        return ForceCsv.each("Offers", csv, List.of("requirement", "nation", "quantity", "from", "until", "status",
                "classification", "releasable_to", "source", "provenance_status"), record -> {
                    String reference = record.required("requirement");
                    Requirement requirement = records.find(ForceTables.requirements().where(
                            "r.reference = :reference", "reference", reference), ForceTables::requirement)
                            .orElseThrow(() -> new InvalidInput("requirement",
                                    "force.error.requirementUnknown", "requirement " + reference + " is not known",
                                    reference));
                    return recordOffer(requirement.id(), new NewOffer(record.required("nation"),
                            record.optionalInteger("quantity"), record.optionalDate("from"),
                            record.optionalDate("until"), record.oneOf("status", OfferStatus.class),
                            ForceCsv.marking(record).orElse(null), ForceCsv.provenance(record)));
                });
    }

    private static MarkedQuery filtered(RequirementFilter filter) {
        return ForceTables.requirements()
                .whereIfPresent(filter.command(), "r.command = :command", "command")
                .whereIfPresent(filter.location(), "r.location = :location", "location")
                .whereIfPresent(filter.activity() == null ? null : filter.activity().name(),
                        "r.activity = :activity", "activity")
                .whereIfPresent(filter.fillState() == null ? null : filter.fillState().name(),
                        "r.fill_state = :fill", "fill")
                .whereIfPresent(filter.priority(), "r.priority = :priority", "priority");
    }
}
