package org.resolute.mission.domain;

import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.Provenance;

/**
 * A dated event in the mission's life, drawn from its record, legal instruments, phases and ceilings.
 *
 * @param event the event in English, as the API gives it
 * @param key the message key a page words the event by, in the reader's language
 * @param arguments the key's arguments: names and titles as recorded, figures as numbers
 */
public record Milestone(LocalDate date, String event, Provenance provenance, String key, List<Object> arguments) {

    public Milestone {
        arguments = List.copyOf(arguments);
    }
}
