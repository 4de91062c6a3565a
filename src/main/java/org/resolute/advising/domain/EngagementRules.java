package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.Set;

import org.resolute.kernel.InvalidInput;

/**
 * What an engagement report must hold to be stored, each refusal naming the field: known command, institution,
 * functional areas, pillars and advisor nation; a title, a date, a duration of a day at most, a place, at least one
 * advisor and one functional area; a held engagement not in the future.
 */
record EngagementRules(Set<String> commands, Set<String> institutions, Set<String> areas, Set<String> pillars,
        Set<String> nations, LocalDate today) {

    static final int LONGEST_MINUTES = EngagementInput.LONGEST_MINUTES;

    void check(EngagementInput input) {
        if (input.title().isEmpty()) {
            throw new InvalidInput("title", "advising.error.title",
                    "title is missing: say what the engagement was about");
        }
        if (input.title().length() > 200) {
            throw new InvalidInput("title", "advising.error.titleLength", "title is longer than 200 characters");
        }
        known("command", input.command(), commands);
        known("institution", input.institution(), institutions);
        if (input.date() == null) {
            throw new InvalidInput("date", "advising.error.date", "date is missing");
        }
        if (input.held() && input.date().isAfter(today)) {
            throw new InvalidInput("date", "advising.error.heldInFuture",
                    "an engagement dated " + input.date() + " cannot have been held yet");
        }
        if (input.durationMinutes() < 1 || input.durationMinutes() > LONGEST_MINUTES) {
            throw new InvalidInput("durationMinutes", "advising.error.duration",
                    "duration must be between 1 and " + LONGEST_MINUTES + " minutes", LONGEST_MINUTES);
        }
        if (input.place().isEmpty()) {
            throw new InvalidInput("place", "advising.error.place",
                    "place is missing; type its name (a new one is added provisionally)");
        }
        if (input.mode() == null) {
            throw new InvalidInput("mode", "error.choice", "mode is missing");
        }
        known("advisorNation", input.advisorNation(), nations);
        if (input.areas().isEmpty()) {
            throw new InvalidInput("areas", "advising.error.areas", "name at least one functional area");
        }
        input.areas().forEach(area -> known("areas", area, areas));
        input.pillars().forEach(pillar -> known("pillars", pillar, pillars));
        if (input.advisors().isEmpty()) {
            throw new InvalidInput("advisors", "advising.error.advisors",
                    "name at least one advisor present (a new name is added provisionally)");
        }
        if (input.keyOutcomes().length() > 4000 || input.nextSteps().length() > 4000) {
            throw new InvalidInput(input.keyOutcomes().length() > 4000 ? "keyOutcomes" : "nextSteps",
                    "advising.error.length", "at most 4000 characters", 4000);
        }
        if (input.details().length() > 8000) {
            throw new InvalidInput("details", "advising.error.length", "details are longer than 8000 characters",
                    8000);
        }
        input.marking().releasableTo().forEach(nation -> known("releasableTo", nation, nations));
    }

    private static void known(String field, String code, Set<String> codes) {
        if (code == null || code.isEmpty()) {
            throw new InvalidInput(field, "error.required", field + " is missing");
        }
        if (!codes.contains(code)) {
            throw new InvalidInput(field, "error.choice", "'" + code + "' is not a known " + field);
        }
    }
}
