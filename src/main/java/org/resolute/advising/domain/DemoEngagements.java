package org.resolute.advising.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.resolute.advising.EngagementMode;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Ids;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * Illustrative engagements and assessments for the demo, generated from a fixed seed so that every start makes
 * the same ones: not facts, and stored and shown as illustrative. About one in ten is RESTRICTED and one in twenty
 * is released to the United Kingdom only.
 */
final class DemoEngagements {

    static final String SOURCE = "illustrative demo engagement (generated)";
    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST = LocalDate.of(2021, 4, 30);
    private static final String[] TOPICS = {"budget execution review", "recruiting plan", "fuel accountability",
        "maintenance backlog", "promotion board", "operations order rehearsal", "inspector general findings",
        "pay by biometrics", "ammunition forecast", "strategic communication plan", "intelligence fusion cell",
        "procurement of spare parts", "training pipeline", "casualty reporting", "asset declarations"};
    private static final String[] OUTCOMES = {"agreed a timeline for the next review",
        "counterpart committed to issue the directive", "identified the gap in reporting and who closes it",
        "no progress; escalated to the command", "plan approved by the commander"};

    private final Random random;
    private final List<HostInstitution> institutions;
    private final List<FunctionalArea> areas;
    private final List<RoadmapPillar> pillars;
    private final Map<String, String> leadNations;

    DemoEngagements(long seed, List<HostInstitution> institutions, List<FunctionalArea> areas,
            List<RoadmapPillar> pillars, Map<String, String> leadNations) {
        this.random = new Random(seed);
        this.institutions = institutions;
        this.areas = areas;
        this.pillars = pillars;
        this.leadNations = leadNations;
    }

    /** An engagement roughly every ten hours from 2019 to April 2021: about 2,000 in all. */
    List<Engagement> engagements(int count) {
        List<Engagement> engagements = new ArrayList<>(count);
        long span = LAST.toEpochDay() - FIRST.toEpochDay();
        for (int i = 0; i < count; i++) {
            LocalDate date = FIRST.plusDays(i * span / count);
            engagements.add(engagement(date));
        }
        return engagements;
    }

    private Engagement engagement(LocalDate date) {
        HostInstitution institution = institutions.get(random.nextInt(institutions.size()));
        List<String> cell = new ArrayList<>(List.of(area(institution)));
        if (random.nextInt(3) == 0) {
            String second = areas.get(random.nextInt(areas.size())).code();
            if (!cell.contains(second)) {
                cell.add(second);
            }
        }
        String nation = leadNations.getOrDefault(institution.command(), "USA");
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        EngagementStatus status = status(date);
        boolean held = status != EngagementStatus.PLANNED && status != EngagementStatus.CANCELLED;
        Instant decided = date.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        int sensitivity = random.nextInt(20);
        Marking marking = sensitivity < 2 ? Marking.RESTRICTED
                : sensitivity == 2 ? Marking.of(Classification.MISSION, List.of("GBR")) : Marking.MISSION;
        return new Engagement(Ids.next(), institution.name() + ": " + topic, institution.command(),
                institution.code(), date, 30 + 30 * random.nextInt(6), institution.name() + " headquarters", held,
                EngagementMode.values()[random.nextInt(EngagementMode.values().length)],
                held ? Atmosphere.values()[random.nextInt(3)] : null,
                held ? OUTCOMES[random.nextInt(OUTCOMES.length)] : "", held ? "follow up at the next engagement" : "",
                "Illustrative demo report on the " + topic + ".", nation, cell,
                random.nextInt(2) == 0 ? List.of(pillars.get(random.nextInt(pillars.size())).code()) : List.of(),
                List.of(advisor(nation, cell.get(0), date)), List.of(counterpart(institution)), status,
                status == EngagementStatus.CANCELLED ? "counterpart unavailable" : "", "advisor",
                status == EngagementStatus.APPROVED ? StructureDemoData.DEMO_LEAD : null,
                status == EngagementStatus.APPROVED ? decided : null,
                Provenance.illustrative(SOURCE, date), marking, decided, 0);
    }

    private EngagementStatus status(LocalDate date) {
        int draw = random.nextInt(100);
        if (draw < 3) {
            return EngagementStatus.CANCELLED;
        }
        if (date.isAfter(LAST.minusDays(30))) {
            return draw < 40 ? EngagementStatus.SUBMITTED : draw < 55 ? EngagementStatus.PLANNED
                    : draw < 65 ? EngagementStatus.RETURNED : EngagementStatus.APPROVED;
        }
        return draw < 5 ? EngagementStatus.PLANNED : EngagementStatus.APPROVED;
    }

    /** Each institution is advised mostly in two functional areas that its position in the list gives it. */
    String area(HostInstitution institution) {
        int base = institutions.indexOf(institution);
        return areas.get((base + (random.nextInt(3) == 0 ? 3 : 0)) % areas.size()).code();
    }

    /** The advisor of a position rotates every nine months. */
    static String advisor(String nation, String area, LocalDate date) {
        long rotation = (date.toEpochDay() - FIRST.toEpochDay()) / 270;
        return "Advisor " + nation + "-" + area + "-" + (rotation + 1);
    }

    static String counterpart(HostInstitution institution) {
        return "Chief of staff, " + institution.name();
    }

    /** Quarterly ratings per institution and area with approved MISSION engagements as their evidence. */
    List<CapabilityAssessment> assessments(List<Engagement> engagements) {
        Map<String, List<Engagement>> byCell = new TreeMap<>();
        engagements.stream().filter(e -> e.status() == EngagementStatus.APPROVED)
                .filter(e -> e.marking().equals(Marking.MISSION))
                .forEach(e -> byCell.computeIfAbsent(e.institution() + "/" + e.areas().get(0),
                        key -> new ArrayList<>()).add(e));
        List<CapabilityAssessment> assessments = new ArrayList<>();
        byCell.forEach((cell, evidence) -> {
            int level = 1 + random.nextInt(3);
            for (LocalDate quarter = LocalDate.of(2019, 6, 30); !quarter.isAfter(LAST); quarter = quarter.plusMonths(3)) {
                LocalDate on = quarter;
                List<UUID> before = evidence.stream().filter(e -> !e.date().isAfter(on)
                        && e.date().isAfter(on.minusMonths(3))).limit(3).map(Engagement::id).toList();
                if (before.isEmpty()) {
                    continue;
                }
                level = Math.max(1, Math.min(5, level + random.nextInt(3) - 1));
                String[] codes = cell.split("/");
                assessments.add(new CapabilityAssessment(Ids.next(), codes[0], codes[1], CapabilityRating.of(level),
                        on, StructureDemoData.DEMO_LEAD, "Illustrative quarterly rating from the quarter's engagements.",
                        before, on.atStartOfDay().toInstant(ZoneOffset.UTC),
                        Provenance.illustrative("illustrative demo assessment (generated)", on), Marking.MISSION));
            }
        });
        return assessments;
    }
}
