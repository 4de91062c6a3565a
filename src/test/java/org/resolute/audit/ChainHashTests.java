package org.resolute.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.resolute.audit.domain.ChainHash;
import org.resolute.audit.domain.EntryContent;

/** The hash vouches for an entry's place in the chain and for every field it holds. */
class ChainHashTests {

    static final EntryContent ENTRY = new EntryContent(7, Instant.parse("2020-11-01T10:15:30.123456Z"), "admin",
            "identity", "User", "0190-abc", "UPDATED", "{\"name\":\"a\"}", "{\"name\":\"b\"}", "MISSION", "");

    @Test
    void theSameEntryAtTheSamePlaceAlwaysHashesTheSame() {
        assertThat(ChainHash.of(3, ChainHash.GENESIS, ENTRY)).isEqualTo(ChainHash.of(3, ChainHash.GENESIS, ENTRY))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = ChainHash.of(3, ChainHash.GENESIS, ENTRY);
        assertThat(ChainHash.of(3, ChainHash.GENESIS, with(ENTRY.actor() + "x", ENTRY.after())))
                .isNotEqualTo(original);
        assertThat(ChainHash.of(3, ChainHash.GENESIS, with(ENTRY.actor(), "{\"name\":\"c\"}")))
                .isNotEqualTo(original);
        assertThat(ChainHash.of(3, ChainHash.GENESIS, new EntryContent(7, ENTRY.occurredAt().plusNanos(1000),
                "admin", "identity", "User", "0190-abc", "UPDATED", ENTRY.before(), ENTRY.after(), "MISSION", "")))
                .isNotEqualTo(original);
        assertThat(ChainHash.of(3, ChainHash.GENESIS, new EntryContent(7, ENTRY.occurredAt(), "admin", "identity",
                "User", "0190-abc", "UPDATED", ENTRY.before(), ENTRY.after(), "RESTRICTED", "")))
                .isNotEqualTo(original);
    }

    @Test
    void anEntryMovedToAnotherPlaceOrAfterAnotherEntryNoLongerMatches() {
        String original = ChainHash.of(3, ChainHash.GENESIS, ENTRY);
        assertThat(ChainHash.of(4, ChainHash.GENESIS, ENTRY)).isNotEqualTo(original);
        assertThat(ChainHash.of(3, "1".repeat(64), ENTRY)).isNotEqualTo(original);
    }

    @Test
    void movingCharactersFromOneFieldToTheNextChangesTheHash() {
        EntryContent shifted = new EntryContent(7, ENTRY.occurredAt(), "admini", "dentity", "User", "0190-abc",
                "UPDATED", ENTRY.before(), ENTRY.after(), "MISSION", "");
        assertThat(ChainHash.of(3, ChainHash.GENESIS, shifted)).isNotEqualTo(ChainHash.of(3, ChainHash.GENESIS,
                ENTRY));
    }

    @Test
    void anEmptyStateAndAMissingStateAreTold() {
        EntryContent missing = new EntryContent(7, ENTRY.occurredAt(), "admin", "identity", "User", "0190-abc",
                "CREATED", null, ENTRY.after(), "MISSION", "");
        EntryContent empty = new EntryContent(7, ENTRY.occurredAt(), "admin", "identity", "User", "0190-abc",
                "CREATED", "", ENTRY.after(), "MISSION", "");
        assertThat(ChainHash.canonicalText(1, ChainHash.GENESIS, missing))
                .isNotEqualTo(ChainHash.canonicalText(1, ChainHash.GENESIS, empty));
    }

    @Test
    void theCanonicalTextNamesEveryFieldWithItsLength() {
        assertThat(ChainHash.canonicalText(3, ChainHash.GENESIS, ENTRY))
                .contains("position:1:3\n", "actor:5:admin\n", "occurred_at:27:2020-11-01T10:15:30.123456Z\n",
                        "before:12:{\"name\":\"a\"}\n", "releasable_to:0:\n");
    }

    private static EntryContent with(String actor, String after) {
        return new EntryContent(ENTRY.id(), ENTRY.occurredAt(), actor, ENTRY.module(), ENTRY.recordType(),
                ENTRY.recordId(), ENTRY.action(), ENTRY.before(), after, ENTRY.classification(),
                ENTRY.releasableTo());
    }
}
