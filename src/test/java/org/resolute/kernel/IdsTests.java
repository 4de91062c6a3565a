package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Application-generated ids are unique version-7 UUIDs that sort by creation time. */
class IdsTests {

    @Test
    void idsAreVersion7AndUnique() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void laterIdsSortAfterEarlierOnes() throws InterruptedException {
        UUID first = Ids.next();
        Thread.sleep(2);
        UUID second = Ids.next();
        assertThat(first.toString()).isLessThan(second.toString());
    }
}
