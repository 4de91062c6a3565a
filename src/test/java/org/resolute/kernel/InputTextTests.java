package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A typed text is trimmed, refused on its field under the module's key when too long or, if required, empty. */
class InputTextTests {

    @Test
    void aTextIsTrimmedAndNoneReadsAsEmpty() {
        assertThat(InputText.optional("  agenda  ", "title", 10, "x.tooLong")).isEqualTo("agenda");
        assertThat(InputText.optional(null, "title", 10, "x.tooLong")).isEmpty();
        assertThat(InputText.required(" a ", "title", 1, "x.tooLong", "x.title", "Give a title")).isEqualTo("a");
    }

    @Test
    void aTextLongerThanAllowedIsRefusedOnItsFieldUnderTheModulesKeyWithTheLength() {
        assertThatThrownBy(() -> InputText.optional("abcdef", "title", 5, "x.tooLong"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("title");
                    assertThat(refused.wording().getCodes()).contains("x.tooLong");
                    assertThat(refused.wording().getArguments()).containsExactly(5);
                });
    }

    @Test
    void aRequiredTextThatIsEmptyOrBlankIsRefusedUnderItsOwnKey() {
        for (String empty : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> InputText.required(empty, "title", 5, "x.tooLong", "x.title", "Give a title"))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                        assertThat(refused.field()).isEqualTo("title");
                        assertThat(refused.wording().getCodes()).contains("x.title");
                    });
        }
    }
}
