package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.EngagementStateConflict;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.kernel.InvalidInput;

/**
 * Random sequences of workflow steps (seeded; the seed is in the failure message to replay it): whatever the
 * order, a report is approved only straight from SUBMITTED, and an approved or cancelled report never changes.
 */
class EngagementWorkflowPropertyTests {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2019, 2021, 31337, 424242, 99991})
    void approvalOnlyFollowsSubmissionAndFinalStatesStayFinal(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            Engagement engagement = EngagementTests.draft();
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                EngagementStatus before = engagement.status();
                String step = List.of("submit", "approve", "return", "cancel", "revise").get(random.nextInt(5));
                steps.add(step);
                try {
                    engagement = apply(engagement, step);
                } catch (EngagementStateConflict | InvalidInput refused) {
                    assertThat(engagement.status()).isEqualTo(before);
                    continue;
                }
                String context = "seed " + seed + ", steps " + steps;
                if (engagement.status() == EngagementStatus.APPROVED && before != EngagementStatus.APPROVED) {
                    assertThat(before).as(context).isEqualTo(EngagementStatus.SUBMITTED);
                }
                if (before == EngagementStatus.APPROVED || before == EngagementStatus.CANCELLED) {
                    assertThat(engagement.status()).as(context).isEqualTo(before);
                }
            }
        }
    }

    private static Engagement apply(Engagement engagement, String step) {
        return switch (step) {
            case "submit" -> engagement.submit(EngagementTests.TODAY);
            case "approve" -> engagement.approve("lead", EngagementTests.NOW);
            case "return" -> engagement.returnToAuthor("fix it", "lead", EngagementTests.NOW);
            case "cancel" -> engagement.cancel("called off", "advisor", EngagementTests.NOW);
            default -> engagement.revise(EngagementMother.held("Revised", EngagementTests.TODAY));
        };
    }
}
