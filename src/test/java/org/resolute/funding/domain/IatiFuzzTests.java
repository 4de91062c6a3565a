package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Tag;
import org.resolute.kernel.InvalidInput;

/**
 * Jazzer fuzzing of the IATI activity reader and import plan: whatever the bytes, they answer what the file holds
 * and what an import would store and skip, or a reported validation error on the field "file"; any other exception
 * escaping is a finding. In the build it runs
 * in regression mode over the seeds in {@code src/test/resources/org/resolute/funding/domain/IatiFuzzTestsInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=IatiFuzzTests -Dsurefire.failIfNoSpecifiedTests=false} fuzzes.
 */
@Tag("fuzz")
class IatiFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void anyFileIsReadOrRefusedWithAValidationError(byte[] input) {
        try {
            assertThat(IatiFileTests.plan(new ByteArrayInputStream(input)).report()).isNotNull();
        } catch (InvalidInput refused) {
            assertThat(refused.field()).isEqualTo("file");
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
