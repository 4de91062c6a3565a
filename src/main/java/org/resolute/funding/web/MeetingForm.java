package org.resolute.funding.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;

/** The Board meeting form as typed: its fund, the day it was held and its title, each refused next to its field. */
record MeetingForm(@Nullable String fund, @Nullable String heldOn, @Nullable String title) {

    /** The meeting's parts, or null when a field was refused (the check then holds why). */
    @Nullable Meeting read(FormCheck check) {
        String fundCode = check.read(() -> PledgeForm.required("fund", fund));
        LocalDate held = check.read(() -> PledgeForm.date("heldOn", heldOn));
        String named = check.read(() -> {
            String value = PledgeForm.required("title", title);
            if (value.length() > 200) {
                throw new InvalidInput("title", "funding.error.title.long", "a title has at most 200 characters",
                        200);
            }
            return value;
        });
        return check.refused() ? null : new Meeting(fundCode, held, named);
    }

    record Meeting(String fund, LocalDate heldOn, String title) {
    }
}
