package org.resolute.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.force.NationStrength;
import org.resolute.force.NationalCaveat;
import org.resolute.force.NationalCaveats;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Command;
import org.resolute.mission.Posture;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;

/**
 * Reads what a plan starts from through the other modules' APIs, as the viewer who asks sees it: the force as of a
 * date (teams), advising coverage (requirements), locations, ceilings and caps, and every national caveat (a
 * caveat binds whether or not its text is released to the viewer, as in the force module's own check).
 */
@Component
public class PlanInputs {

    private final StrengthReports strength;
    private final NationalCaveats caveats;
    private final TroopCeilings ceilings;
    private final Posture posture;
    private final Coverage coverage;
    private final AdvisingStructure structure;
    private final PlanningProperties properties;
    private final Clock clock;

    PlanInputs(StrengthReports strength, NationalCaveats caveats, TroopCeilings ceilings, Posture posture,
            Coverage coverage, AdvisingStructure structure, PlanningProperties properties, Clock clock) {
        this.strength = strength;
        this.caveats = caveats;
        this.ceilings = ceilings;
        this.posture = posture;
        this.coverage = coverage;
        this.structure = structure;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The plan's input. Without a date, an allocation starts from today's force and a drawdown from the force the
     * day before the mission ceiling now in force took effect (the posture that ceiling cuts).
     */
    public PlanInput read(PlanKind kind, Integer troopCeiling, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        Optional<TroopCeiling> current = ceilings.missionCeilingOn(today);
        LocalDate date = asOf != null ? asOf
                : kind == PlanKind.DRAWDOWN ? current.map(c -> c.from().minusDays(1)).orElse(today) : today;
        int ceiling = troopCeiling != null ? troopCeiling : current.map(TroopCeiling::troops)
                .orElseThrow(() -> new InvalidInput("troopCeiling", "planning.error.noCeiling",
                        "no mission ceiling is in force: give one"));
        if (ceiling <= 0) {
            throw new InvalidInput("troopCeiling", "planning.error.ceiling", "the troop ceiling must be above 0");
        }
        StrengthPicture picture = strength.asOf(date);
        if (picture.totalTroops() == 0) {
            throw new InvalidInput("asOf", "planning.error.noStrength", "no strength reports you may see as of " + date,
                    date.toString());
        }
        Map<String, HostInstitution> institutions = structure.institutions().stream()
                .collect(Collectors.toMap(HostInstitution::code, Function.identity()));
        Map<String, Command> commands = posture.commands().stream()
                .collect(Collectors.toMap(Command::code, Function.identity()));
        List<CoverageCell> cells = coverage.coverage(date, properties.coverageDays());
        Derivation derivation = new Derivation(picture, cells, institutions, commands, posture.locations(),
                structure.positions(), structure.areas().stream().map(FunctionalArea::code).toList(),
                properties.teamSize());
        LocalDate from = date.plusDays(1);
        List<NationalCap> caps = picture.nations().stream()
                .flatMap(nation -> ceilings.nationalCapOn(nation.nation(), from).stream())
                .map(cap -> new NationalCap(cap.nation().orElseThrow(), cap.troops(), cap.basis())).toList();
        List<NationalCaveat> binding = everyCaveat();
        return new PlanInput(kind, ceiling, date, from, from.plusDays(properties.horizonDays() - 1L),
                derivation.teams(), derivation.requirements(), derivation.stations(), caps,
                binding.stream().map(PlanInput.CaveatInput::of).toList(), picture.includesIllustrative()
                        || cells.stream().anyMatch(CoverageCell::illustrative), marking(picture, binding));
    }

    /**
     * Covers the strength reports the teams are split from and the caveats that bind those teams' nations: a plan
     * shows the one and is shaped by the other, so a viewer not cleared for them does not see it.
     */
    private static Marking marking(StrengthPicture picture, List<NationalCaveat> caveats) {
        Set<String> nations = picture.nations().stream().map(NationStrength::nation).collect(Collectors.toSet());
        List<Marking> markings = new ArrayList<>();
        picture.nations().forEach(nation -> nation.reports().forEach(report -> markings.add(report.marking())));
        caveats.stream().filter(caveat -> nations.contains(caveat.nation()))
                .forEach(caveat -> markings.add(caveat.marking()));
        return Marking.covering(markings.stream().filter(Objects::nonNull).toList(),
                Classification.MISSION);
    }

    private List<NationalCaveat> everyCaveat() {
        return Viewers.runAs(Viewer.SYSTEM, () -> {
            List<NationalCaveat> all = new ArrayList<>();
            PageResult<NationalCaveat> page;
            int number = 0;
            do {
                page = caveats.search("", new PageQuery(number++, PageQuery.MAX_SIZE, ""));
                all.addAll(page.items());
            } while (page.hasNext());
            all.sort(Comparator.comparing(NationalCaveat::code));
            return all;
        });
    }
}
