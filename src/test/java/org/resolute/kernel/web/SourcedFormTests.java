package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;

/** The source and marking fields every record form shares. */
class SourcedFormTests {

    static final class Form extends SourcedForm {
        Form() {
            super(Classification.MISSION);
        }

        Marking asked() {
            return marking();
        }
    }

    @Test
    void aFormLeftAloneAsksForItsDefaultClassificationReleasedToNoNation() {
        Form form = new Form();
        assertThat(form.getClassification()).isEqualTo(Classification.MISSION);
        assertThat(form.getStatus()).isEqualTo(ProvenanceStatus.EXACT);
        form.setClassification(null);
        assertThat(form.asked()).isEqualTo(Marking.MISSION);
    }

    @Test
    void releasabilityIsReadAsCodesAndRefusedOnAPublicRecordNamingTheField() {
        Form form = new Form();
        form.setClassification(Classification.RESTRICTED);
        form.setReleasableTo("gbr, DEU");
        assertThat(form.asked()).isEqualTo(Marking.of(Classification.RESTRICTED, Set.of("GBR", "DEU")));
        form.setClassification(Classification.PUBLIC);
        assertThatThrownBy(form::asked).isInstanceOf(InvalidInput.class).extracting("field")
                .isEqualTo("releasableTo");
    }

    @Test
    void anEditFormIsFilledFromTheStoredRecord() {
        Form form = new Form();
        form.fill("S60", ProvenanceStatus.APPROXIMATE, Marking.of(Classification.RESTRICTED, Set.of("USA")));
        assertThat(form.getSource()).isEqualTo("S60");
        assertThat(form.getStatus()).isEqualTo(ProvenanceStatus.APPROXIMATE);
        assertThat(form.getReleasableTo()).isEqualTo("USA");
        assertThat(form.asked()).isEqualTo(Marking.of(Classification.RESTRICTED, Set.of("USA")));
    }
}
