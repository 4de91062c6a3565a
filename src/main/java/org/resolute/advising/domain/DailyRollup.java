package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.List;

/** The approved engagements of one day, per command, as the viewer may see them. */
public record DailyRollup(LocalDate date, List<CommandDay> commands) {

    public DailyRollup {
        commands = List.copyOf(commands);
    }

    public int total() {
        return commands.stream().mapToInt(command -> command.engagements().size()).sum();
    }

    public boolean includesIllustrative() {
        return commands.stream().flatMap(command -> command.engagements().stream())
                .anyMatch(engagement -> engagement.provenance().isIllustrative());
    }

    /** One command's approved engagements of the day. */
    public record CommandDay(String command, String commandName, List<Engagement> engagements) {

        public CommandDay {
            engagements = List.copyOf(engagements);
        }
    }
}
