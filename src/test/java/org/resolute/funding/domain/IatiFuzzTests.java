package org.resolute.funding.domain;

import java.io.StringReader;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

import org.resolute.kernel.InvalidInput;

/**
 * Jazzer fuzzing of the IATI reader: any input is read or refused with a validation error. Without JAZZER_FUZZ it
 * runs as a regression test over its stored inputs; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=IatiFuzzTests} fuzzes.
 */
class IatiFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void anyInputIsReadOrRefusedWithAValidationError(@NotNull String input) {
        try {
            IatiFile.read(new StringReader(input));
        } catch (InvalidInput expected) {
            // a reported validation error is the answer to a bad file
        }
    }
}
