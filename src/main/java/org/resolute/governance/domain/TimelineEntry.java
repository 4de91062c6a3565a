package org.resolute.governance.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Provenance;

/**
 * A dated line of the whole story.
 *
 * @param figure the number it is about (troops), null when none
 * @param link where the record is shown; null when it has no page
 */
public record TimelineEntry(LocalDate date, TimelineKind kind, String title, String detail, @Nullable Integer figure,
        String link, Provenance provenance) {
}
