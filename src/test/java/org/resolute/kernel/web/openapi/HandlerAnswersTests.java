package org.resolute.kernel.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.IfMatch;
import org.resolute.kernel.web.openapi.HandlerAnswers.Fact;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The facts a handler's own code shows, through the helpers of its class it calls, and nothing else. */
class HandlerAnswersTests {

    private final HandlerAnswers answers = new HandlerAnswers();

    @Test
    void aCreationThroughAHelperShowsItsStatusAndHeaders() throws Exception {
        assertThat(answers.of(Handlers.class.getDeclaredMethod("record", String.class)))
                .containsExactlyInAnyOrder(Fact.CREATED, Fact.LOCATION, Fact.OK, Fact.REPLAYED);
    }

    @Test
    void aReadShowsOnlyItsOkAndETag() throws Exception {
        assertThat(answers.of(Handlers.class.getDeclaredMethod("read", String.class)))
                .containsExactlyInAnyOrder(Fact.OK, Fact.ETAG);
    }

    @Test
    void anUpdateRequiringIfMatchShowsIt() throws Exception {
        assertThat(answers.of(Handlers.class.getDeclaredMethod("update", String.class)))
                .contains(Fact.IF_MATCH_REQUIRED, Fact.OK).doesNotContain(Fact.CREATED);
    }

    @Test
    void queuedWorkAndNothingToAnswerShowTheirStatuses() throws Exception {
        assertThat(answers.of(Handlers.class.getDeclaredMethod("queue")))
                .containsExactlyInAnyOrder(Fact.ACCEPTED, Fact.LOCATION);
        assertThat(answers.of(Handlers.class.getDeclaredMethod("close"))).containsExactly(Fact.NO_CONTENT);
    }

    /** Handlers written as Resolute's controllers write them. */
    static class Handlers {

        ResponseEntity<String> record(String key) {
            return answer(key, key.isEmpty());
        }

        ResponseEntity<String> read(String id) {
            return ResponseEntity.ok().eTag("\"1\"").body(id);
        }

        ResponseEntity<String> update(String ifMatch) {
            return ResponseEntity.status(HttpStatus.OK).body(IfMatch.required(ifMatch, "record"));
        }

        ResponseEntity<String> queue() {
            return ResponseEntity.accepted().location(URI.create("/plans/1")).body("queued");
        }

        ResponseEntity<Void> close() {
            return ResponseEntity.noContent().build();
        }

        private static ResponseEntity<String> answer(String body, boolean replayed) {
            if (replayed) {
                return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
            }
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/records/1")).body(body);
        }
    }
}
