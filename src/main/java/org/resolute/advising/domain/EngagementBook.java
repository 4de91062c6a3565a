package org.resolute.advising.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Role;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Command;
import org.resolute.mission.Posture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes engagement reports through their workflow and reads them for the current viewer. */
@Service
@Transactional(readOnly = true)
class EngagementBook implements Engagements {

    static final String ADVISOR = "ADVISOR";
    static final String COUNTERPART = "COUNTERPART";

    private final EngagementTable table;
    private final People people;
    private final StructureBook structure;
    private final Posture posture;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementBook(EngagementTable table, People people, StructureBook structure, Posture posture,
            ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.people = people;
        this.structure = structure;
        this.posture = posture;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Engagement record(EngagementInput input) {
        Viewer viewer = Viewers.current();
        check(input, viewer);
        Instant now = clock.instant();
        Engagement engagement = Engagement.from(Ids.next(), input, viewer.username(),
                new Provenance("engagement report by " + viewer.username(), input.date(), ProvenanceStatus.EXACT),
                now);
        store(List.of(engagement), viewer.username(), now);
        return engagement;
    }

    /** Stores new engagements in batches, each attendee and place resolved by name (new names provisional). */
    @Transactional
    public void store(List<Engagement> engagements, String enteredBy, Instant now) {
        List<UUID> places = new ArrayList<>();
        for (Engagement engagement : engagements) {
            places.add(people.place(engagement.place(), enteredBy, now));
        }
        table.insert(engagements, places);
        for (Engagement engagement : engagements) {
            attend(engagement, enteredBy, now);
            events.publishEvent(RecordChanged.saved("Engagement", engagement.id(), engagement, engagement.marking()));
        }
    }

    @Override
    @Transactional
    public Engagement revise(UUID id, Long version, EngagementInput input) {
        Viewer viewer = Viewers.current();
        Engagement stored = current(id, version);
        requireAuthor(stored, viewer, "change");
        check(input, viewer);
        Engagement revised = stored.revise(input);
        Instant now = clock.instant();
        Engagement saved = table.update(revised, people.place(revised.place(), viewer.username(), now));
        people.detach(id);
        attend(saved, viewer.username(), now);
        return published(saved);
    }

    @Override
    @Transactional
    public Engagement submit(UUID id, Long version) {
        Engagement stored = current(id, version);
        requireAuthor(stored, Viewers.current(), "submit");
        return save(stored.submit(LocalDate.now(clock)));
    }

    @Override
    @Transactional
    public Engagement approve(UUID id, Long version) {
        Engagement stored = current(id, version);
        requireLead(stored);
        return save(stored.approve(Viewers.current().username(), clock.instant()));
    }

    @Override
    @Transactional
    public Engagement returnToAuthor(UUID id, Long version, String comment) {
        Engagement stored = current(id, version);
        requireLead(stored);
        return save(stored.returnToAuthor(comment, Viewers.current().username(), clock.instant()));
    }

    @Override
    @Transactional
    public Engagement cancel(UUID id, Long version, String reason) {
        Engagement stored = current(id, version);
        Viewer viewer = Viewers.current();
        if (!viewer.username().equals(stored.author()) && !mayDecide(stored)) {
            throw new AccessDeniedException("Only the engagement's advisor or a lead of " + stored.command()
                    + " may cancel it");
        }
        return save(stored.cancel(reason, viewer.username(), clock.instant()));
    }

    @Override
    public Engagement find(UUID id) {
        return table.find(id).orElseThrow(() -> new NotFound("Engagement " + id));
    }

    @Override
    public boolean mayDecide(Engagement engagement) {
        Viewer viewer = Viewers.current();
        return viewer.has(Role.ADVISING_LEAD) && structure.approvers(engagement.command()).contains(viewer.username());
    }

    @Override
    public PageResult<Engagement> search(EngagementSearch search, PageQuery page) {
        return table.page(search, institutions(search), LocalDate.now(clock), page);
    }

    @Override
    public String export(EngagementSearch search) {
        return EngagementCsv.write(table.list(search, institutions(search), LocalDate.now(clock)));
    }

    @Override
    public Optional<LocalDate> latestApproved() {
        return table.latestApproved();
    }

    @Override
    public DailyRollup rollup(LocalDate date) {
        Map<String, List<Engagement>> byCommand = table.approvedOn(date).stream()
                .collect(Collectors.groupingBy(Engagement::command, LinkedHashMap::new, Collectors.toList()));
        return new DailyRollup(date, byCommand.entrySet().stream().map(entry -> new DailyRollup.CommandDay(
                entry.getKey(), posture.command(entry.getKey()).map(Command::name).orElse(entry.getKey()),
                entry.getValue())).toList());
    }

    /** Rewrites the names of the people and place of engagements after a merge. */
    @Transactional
    public void refreshNames(List<UUID> ids) {
        Viewers.runAs(Viewer.SYSTEM, () -> table.byIds(ids).forEach(engagement -> {
            Engagement renamed = new Engagement(engagement.id(), engagement.title(), engagement.command(),
                    engagement.institution(), engagement.date(), engagement.durationMinutes(),
                    people.placeName(engagement.id()), engagement.held(), engagement.mode(), engagement.atmosphere(),
                    engagement.keyOutcomes(), engagement.nextSteps(), engagement.details(),
                    engagement.advisorNation(), engagement.areas(), engagement.pillars(),
                    people.names(engagement.id(), ADVISOR), people.names(engagement.id(), COUNTERPART),
                    engagement.status(), engagement.statusNote(), engagement.author(), engagement.decidedBy(),
                    engagement.decidedAt(), engagement.provenance(), engagement.marking(), engagement.createdAt(),
                    engagement.version());
            published(table.update(renamed, table.placeOf(engagement.id()).orElse(null)));
        }));
    }

    private List<String> institutions(EngagementSearch search) {
        return search.institution().isEmpty() ? List.of() : structure.withDescendants(search.institution());
    }

    private void check(EngagementInput input, Viewer viewer) {
        structure.rules(LocalDate.now(clock)).check(input);
        if (!viewer.canSee(input.marking())) {
            throw new InvalidInput("classification", "advising.error.markingAboveClearance",
                    "you may not mark a report " + input.marking()
                    + ": you could no longer see it");
        }
    }

    private Engagement current(UUID id, Long version) {
        Engagement stored = find(id);
        if (version != null && version != stored.version()) {
            throw new StaleUpdate("Engagement '" + stored.title() + "'");
        }
        return stored;
    }

    private void requireAuthor(Engagement engagement, Viewer viewer, String step) {
        if (!viewer.username().equals(engagement.author())) {
            throw new AccessDeniedException("Only the engagement's advisor, " + engagement.author() + ", may " + step
                    + " it");
        }
    }

    private void requireLead(Engagement engagement) {
        if (!mayDecide(engagement)) {
            throw new AccessDeniedException("Only a lead of " + engagement.command() + " may decide on the report");
        }
    }

    private Engagement save(Engagement changed) {
        return published(table.update(changed, table.placeOf(changed.id()).orElse(null)));
    }

    private Engagement published(Engagement engagement) {
        events.publishEvent(RecordChanged.saved("Engagement", engagement.id(), engagement, engagement.marking()));
        return engagement;
    }

    private void attend(Engagement engagement, String enteredBy, Instant now) {
        people.attend(engagement.id(), engagement.advisors().stream()
                .map(name -> people.person(ADVISOR, name, enteredBy, now)).toList(), ADVISOR);
        people.attend(engagement.id(), engagement.counterparts().stream()
                .map(name -> people.person(COUNTERPART, name, enteredBy, now)).toList(), COUNTERPART);
    }
}
