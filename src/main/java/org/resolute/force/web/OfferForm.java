package org.resolute.force.web;

import java.time.Clock;
import java.util.Set;

import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewOffer;
import org.resolute.force.domain.OfferStatus;
import org.resolute.kernel.web.FormValues;

/** The form on a requirement's page for recording a nation's offer, as typed. */
record OfferForm(String nation, String quantity, String from, String until, String status, String source) {

    /**
     * The form's fields. A refusal naming another (a national caveat on the requirement's location or activity)
     * is shown at the nation, the one choice that the caveat turns on.
     */
    static final Set<String> FIELDS = Set.of("nation", "quantity", "from", "until", "status", "source");

    static OfferForm empty() {
        return new OfferForm("", "", "", "", "OFFERED", "");
    }

    NewOffer toNew(Clock clock) {
        return new NewOffer(nation, FormValues.number("quantity", quantity), FormValues.date("from", from),
                FormValues.date("until", until), FormValues.choice("status", status, OfferStatus.class), null,
                EnteredBy.provenance(source, clock));
    }
}
