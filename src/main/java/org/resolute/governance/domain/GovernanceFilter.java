package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;

/**
 * Which meetings or decisions to list; parts left null match all.
 *
 * @param kind a {@link MeetingKind} or {@link DecisionKind} name
 * @param text words in the title
 */
public record GovernanceFilter(String kind, LocalDate from, LocalDate until, String text) {

    public static final GovernanceFilter ALL = new GovernanceFilter(null, null, null, null);

    /** A filter as typed in a page's query: a blank kind matches all; a day that does not read is refused. */
    public static GovernanceFilter typed(String kind, String from, String until, String text) {
        return new GovernanceFilter(kind.isBlank() ? null : kind, InputDates.parse(from, "from"),
                InputDates.parse(until, "until"), text);
    }

    /**
     * The filter with its kind checked against the meeting and decision kinds, before a table reads by it: a kind
     * that is neither is refused on "kind" instead of matching nothing.
     */
    GovernanceFilter checked() {
        if (kind != null && !kind.isBlank()
                && Arrays.stream(DecisionKind.values()).noneMatch(known -> known.name().equals(kind))
                && Arrays.stream(MeetingKind.values()).noneMatch(known -> known.name().equals(kind))) {
            throw new InvalidInput("kind", "governance.error.filterKind",
                    "'" + kind + "' is not a kind of meeting or decision");
        }
        return this;
    }

    /** The words as a case-blind LIKE pattern; null when no words are asked for. */
    @Nullable
    String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
