package org.resolute.funding;

import java.util.Locale;
import java.util.UUID;

import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.DonorKind;
import org.resolute.funding.domain.FundBook;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;

/** Donors made for one test each, so that no test's records add up with another's or with the demo books. */
final class DonorMother {

    private DonorMother() {
    }

    /** Adds an organisation donor with a fresh code that starts with the prefix, and answers the code. */
    static String newDonor(FundBook register, String prefix) {
        String code = prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Viewers.runAs(Viewer.SYSTEM, () -> register.addDonor(new Donor(code, "Test donor " + code,
                DonorKind.ORGANISATION, null, "XE-EXAMPLE-" + prefix + "-" + code)));
        return code;
    }
}
