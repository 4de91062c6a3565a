package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.ProvenanceStatus;

/** What a user typed into a form is read one way in every module, and refused naming the field. */
class FormValuesTests {

    @Test
    void anEmptyFieldReadsAsNothing() {
        assertThat(FormValues.number("troops", " ")).isNull();
        assertThat(FormValues.date("from", "")).isNull();
        assertThat(FormValues.choice("status", null, ProvenanceStatus.class)).isNull();
    }

    @Test
    void numbersDatesAndChoicesReadAsTyped() {
        assertThat(FormValues.number("troops", " 1300 ")).isEqualTo(1300);
        assertThat(FormValues.date("from", "2020-03-01")).hasToString("2020-03-01");
        assertThat(FormValues.choice("status", "approximate", ProvenanceStatus.class))
                .isEqualTo(ProvenanceStatus.APPROXIMATE);
    }

    @Test
    void whatDoesNotReadIsRefusedOnItsFieldInTheReadersWords() {
        assertThatThrownBy(() -> FormValues.number("troops", "1.5")).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> {
                    assertThat(refusal.field()).isEqualTo("troops");
                    assertThat(refusal.wording().getCodes()).containsExactly("error.wholeNumber");
                });
        assertThatThrownBy(() -> FormValues.date("from", "2020-02-30")).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> {
                    assertThat(refusal.field()).isEqualTo("from");
                    assertThat(refusal.wording().getCodes()).containsExactly("error.dateBetween");
                    assertThat(refusal.wording().getArguments()).containsExactly("1900", "2100");
                });
        assertThatThrownBy(() -> FormValues.choice("status", "ROUGH", ProvenanceStatus.class))
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("status");
                    assertThat(refusal.wording().getCodes()).containsExactly("error.choice");
                });
    }
}
