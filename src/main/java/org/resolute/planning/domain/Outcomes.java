package org.resolute.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;


/** Reads a solved deployment into a plan's result: figures against the current posture and reasons in words. */
public final class Outcomes {

    private Outcomes() {
    }

    public static PlanResult of(Deployment plan, ScoreAnalysis<HardSoftLongScore> analysis) {
        Map<String, List<String>> reasons = reasonsBySubject(analysis);
        PlanKind kind = plan.settings().kind();
        Map<String, Integer> before = troops(plan, false);
        Map<String, Integer> after = troops(plan, true);
        List<PlanAssignment> assignments = plan.teams().stream()
                .map(team -> assignment(team, kind, reasons.getOrDefault(team.getId(), List.of()))).toList();
        List<UnmetRequirement> unmet = plan.requirements().stream()
                .filter(requirement -> after.getOrDefault(requirement.id(), 0) < requirement.requiredSize())
                .sorted(Comparator.comparingInt(AdvisingRequirement::priority).thenComparing(AdvisingRequirement::id))
                .map(requirement -> unmet(requirement, before, after, plan, reasons)).toList();
        Headline headline = headline(plan);
        List<String> violations = analysis.constraintAnalyses().stream()
                .filter(constraint -> constraint.score().hardScore() < 0)
                .flatMap(constraint -> words(constraint).stream()).toList();
        return new PlanResult(headline.troopsBefore(), headline.troopsAfter(), headline.coverageBefore(),
                headline.coverageAfter(),
                (int) plan.teams().stream().filter(AdvisorTeam::moved).count(),
                (int) plan.teams().stream().filter(team -> !team.remains(kind)).count(), violations, assignments,
                unmet);
    }

    /**
     * The troops and coverage of a solution against the posture it starts from: cheap enough to work out at each
     * new best solution, so the plan page shows them moving while the solver searches.
     */
    static Headline headline(Deployment plan) {
        PlanKind kind = plan.settings().kind();
        return new Headline(plan.teams().stream().mapToInt(AdvisorTeam::size).sum(),
                plan.teams().stream().filter(team -> team.remains(kind)).mapToInt(AdvisorTeam::size).sum(),
                coverage(plan, troops(plan, false)), coverage(plan, troops(plan, true)));
    }

    /** The troops on each requirement: where the teams are now, or where the solution puts them. */
    private static Map<String, Integer> troops(Deployment plan, boolean planned) {
        Map<String, Integer> troops = new LinkedHashMap<>();
        for (AdvisorTeam team : plan.teams()) {
            String requirement = !planned ? team.currentRequirement()
                    : team.getRequirement() == null ? null : team.getRequirement().id();
            if (requirement != null) {
                troops.merge(requirement, team.size(), Integer::sum);
            }
        }
        return troops;
    }

    /** A solution's troops and priority-weighted coverage (in percent), before and after. */
    record Headline(int troopsBefore, int troopsAfter, double coverageBefore, double coverageAfter) {
    }

    /** Share of the priority-weighted troops asked for that are covered, in percent with one decimal. */
    static double coverage(Deployment plan, Map<String, Integer> troops) {
        long asked = plan.requirements().stream().mapToLong(r -> r.requiredSize() * r.weight()).sum();
        long covered = plan.requirements().stream()
                .mapToLong(r -> Math.min(troops.getOrDefault(r.id(), 0), r.requiredSize()) * r.weight()).sum();
        return asked == 0 ? 100.0 : Math.round(covered * 1000.0 / asked) / 10.0;
    }

    private static PlanAssignment assignment(AdvisorTeam team, PlanKind kind, List<String> reasons) {
        AdvisingRequirement requirement = team.getRequirement();
        String outcome = requirement == null ? (kind == PlanKind.DRAWDOWN ? "WITHDRAWN" : "IDLE")
                : team.moved() ? "MOVED" : "KEPT";
        List<String> words = new ArrayList<>(reasons);
        if (requirement == null) {
            words.add(kind == PlanKind.DRAWDOWN
                    ? "Withdrawn: its troops cover less, weighted by priority, than the teams kept under the ceiling"
                    : "No requirement it may serve gains more from it than it costs elsewhere; it stays at "
                            + team.home());
        }
        return new PlanAssignment(team.getId(), team.nation(), team.size(), team.home(),
                requirement == null ? null : requirement.id(), requirement == null ? null : requirement.label(),
                team.remains(kind) ? team.station() : null, outcome, words);
    }

    private static UnmetRequirement unmet(AdvisingRequirement requirement, Map<String, Integer> before,
            Map<String, Integer> after, Deployment plan, Map<String, List<String>> reasons) {
        List<String> words = new ArrayList<>(reasons.getOrDefault(requirement.id(), List.of()));
        long able = plan.teams().stream().filter(team -> team.areas().contains(requirement.area())).count();
        words.add(able == 0 ? "No team has advisors for " + requirement.area()
                : able + " teams have advisors for " + requirement.area()
                        + "; the plan uses them where they weigh more, or their caveats or the limits keep them away");
        return new UnmetRequirement(requirement.id(), requirement.label(), requirement.priority(),
                requirement.location(), requirement.requiredSize(), before.getOrDefault(requirement.id(), 0),
                after.getOrDefault(requirement.id(), 0), words);
    }

    private static Map<String, List<String>> reasonsBySubject(ScoreAnalysis<HardSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream().flatMap(constraint -> matches(constraint).stream())
                .map(MatchAnalysis::justification).filter(Reason.class::isInstance).map(Reason.class::cast)
                .collect(Collectors.groupingBy(Reason::subject, LinkedHashMap::new,
                        Collectors.mapping(Reason::words, Collectors.toList())));
    }

    private static List<String> words(ConstraintAnalysis<HardSoftLongScore> constraint) {
        return matches(constraint).stream().map(MatchAnalysis::justification).filter(Reason.class::isInstance)
                .map(justification -> constraint.constraintName() + ": " + ((Reason) justification).words())
                .toList();
    }

    private static List<MatchAnalysis<HardSoftLongScore>> matches(ConstraintAnalysis<HardSoftLongScore> constraint) {
        return Objects.requireNonNullElse(constraint.matches(), List.<MatchAnalysis<HardSoftLongScore>>of());
    }
}
