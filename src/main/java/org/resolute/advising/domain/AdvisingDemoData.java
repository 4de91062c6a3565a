package org.resolute.advising.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.HostInstitution;
import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.mission.Command;
import org.resolute.mission.Posture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's advising data, on the first start only: the structure from public facts, then generated illustrative
 * positions, engagements and assessments, written in batches (the log says how long it took).
 */
@Component
@Profile("demo")
class AdvisingDemoData extends DemoPart {

    static final int ENGAGEMENTS = 3000;
    private static final Logger log = LoggerFactory.getLogger(AdvisingDemoData.class);

    private final StructureTables tables;
    private final StructureDemoData structure;
    private final People people;
    private final EngagementTable engagements;
    private final AssessmentBook assessments;
    private final Posture posture;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdvisingDemoData(StructureTables tables, StructureDemoData structure, People people, EngagementTable engagements,
            AssessmentBook assessments, Posture posture, ApplicationEventPublisher events, Clock clock) {
        super("demo.dataset.advising", 30);
        this.tables = tables;
        this.structure = structure;
        this.people = people;
        this.engagements = engagements;
        this.assessments = assessments;
        this.posture = posture;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (tables.count("institution") > 0) {
            return;
        }
        long started = System.nanoTime();
        structure.load();
        generate();
        log.info("Loaded the advising demo data ({} illustrative engagements) in {} ms", ENGAGEMENTS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void generate() {
        Instant now = clock.instant();
        List<HostInstitution> institutions = tables.institutions();
        Map<String, String> leadNations = posture.commands().stream()
                .collect(Collectors.toMap(Command::code, Command::leadNation));
        DemoEngagements demo = new DemoEngagements(2019, institutions, tables.areas(), tables.pillars(), leadNations);
        List<Engagement> generated = demo.engagements(ENGAGEMENTS);
        Map<String, UUID> places = new HashMap<>();
        for (HostInstitution institution : institutions) {
            places.put(institution.name() + " headquarters", people.addPlace(institution.name() + " headquarters",
                    institution.location(), false, "system", now));
        }
        posture.locations().forEach(location -> people.addPlace(location.name(), location.code(), false, "system",
                now));
        Map<String, UUID> persons = new HashMap<>();
        List<Object[]> attendees = new ArrayList<>();
        for (Engagement engagement : generated) {
            engagement.advisors().forEach(name -> attendees.add(new Object[] {engagement.id(), persons.computeIfAbsent(
                    name, key -> people.addPerson(EngagementBook.ADVISOR, key, engagement.advisorNation(), false,
                            "system", now)), EngagementBook.ADVISOR}));
            engagement.counterparts().forEach(name -> attendees.add(new Object[] {engagement.id(),
                persons.computeIfAbsent(name, key -> people.addPerson(EngagementBook.COUNTERPART, key, null, false,
                        "system", now)), EngagementBook.COUNTERPART}));
        }
        engagements.insert(generated, generated.stream().map(e -> places.get(e.place())).toList());
        people.attendAll(attendees);
        generated.forEach(e -> events.publishEvent(RecordChanged.created("Engagement", e.id(), e, e.marking())));
        positions(institutions, leadNations, demo, persons, now);
        assessments.store(demo.assessments(generated));
    }

    private void positions(List<HostInstitution> institutions, Map<String, String> leadNations, DemoEngagements demo,
            Map<String, UUID> persons, Instant now) {
        for (HostInstitution institution : institutions) {
            String nation = leadNations.getOrDefault(institution.command(), "USA");
            String area = tables.areas().get(institutions.indexOf(institution) % tables.areas().size()).code();
            AdvisorPosition position = new AdvisorPosition(Ids.next(), area + " advisor to " + institution.name(),
                    nation, institution.command(), institution.location(), area, institution.code(),
                    List.of(DemoEngagements.counterpart(institution)), List.of(), 0);
            tables.insert(position);
            events.publishEvent(RecordChanged.created("AdvisorPosition", position.id(), position, Marking.MISSION));
            for (var from = DemoEngagements.FIRST; from.isBefore(DemoEngagements.LAST); from = from.plusDays(270)) {
                String name = DemoEngagements.advisor(nation, area, from);
                UUID person = persons.computeIfAbsent(name, key -> people.addPerson(EngagementBook.ADVISOR, key, nation,
                        false, "system", now));
                tables.insert(position.id(), new AdvisorPosition.PositionAssignment(person, name, from, from.plusDays(269)));
            }
        }
    }
}
